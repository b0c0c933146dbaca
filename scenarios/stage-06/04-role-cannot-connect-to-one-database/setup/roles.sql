-- The roles. Roles belong to the server and this file runs in both databases at once: whichever
-- run creates a role first wins, the other finds it there. ride gives the login roles this run's
-- password.
--   bi_reader   the BI dashboards (Metabase): reads shop and analytics
--   etl_loader  the nightly and intraday loads into analytics
--   analysts    the data team's group role (its people log in as their own roles)
-- Runs in every database.

DO $$
BEGIN
    BEGIN
        CREATE ROLE bi_reader LOGIN;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
    BEGIN
        CREATE ROLE etl_loader LOGIN;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
    BEGIN
        CREATE ROLE analysts NOLOGIN;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
    BEGIN
        CREATE ROLE priya LOGIN IN ROLE analysts;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
END
$$;

-- The roles. ride gives the actors' login roles this run's random password at start.
--   hr_owner    owns HR's schema, tables and functions (no login)
--   intranet    the intranet's directory page
--   contractor  the logins of contractors in the data warehouse project (no grants in hr)
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['intranet', 'contractor'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
    BEGIN
        CREATE ROLE hr_owner NOLOGIN;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
END
$$;

ALTER SCHEMA hr OWNER TO hr_owner;
ALTER TABLE hr.staff OWNER TO hr_owner;
ALTER TABLE hr.salaries OWNER TO hr_owner;
ALTER FUNCTION hr.staff_lookup(text) OWNER TO hr_owner;
ALTER FUNCTION hr.headcount(text) OWNER TO hr_owner;
GRANT USAGE ON SCHEMA hr TO intranet, contractor;
-- The directory's sessions find HR's names: the functions rely on it.
ALTER ROLE intranet SET search_path = hr, public;
-- EXECUTE on functions is PUBLIC's by default: nobody revoked it.

-- stagepass_app: the box office (on the primary) and the seat map (on the replica). analyst: the
-- BI team's logins, allowed on the replica only by convention. ride gives both this run's
-- random password.

DO $$
BEGIN
    CREATE ROLE stagepass_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE analyst LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, UPDATE ON seat_holds TO stagepass_app;
GRANT SELECT ON seat_holds TO analyst;

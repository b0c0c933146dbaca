-- lockerly_app: the courier app and the locker screens (reads only here). ride gives it this
-- run's random password.

DO $$
BEGIN
    CREATE ROLE lockerly_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON parcels, locker_events TO lockerly_app;

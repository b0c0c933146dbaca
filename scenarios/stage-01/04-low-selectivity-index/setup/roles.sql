-- The agents' console role (reads the queue) and the intake's (opens tickets). Roles belong to
-- the whole server, so each is made race-free. No passwords: ride gives every actor role this
-- run's random password.

DO $$
BEGIN
    CREATE ROLE agent_console LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE intake LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON tickets TO agent_console;
GRANT SELECT, INSERT ON tickets TO intake;

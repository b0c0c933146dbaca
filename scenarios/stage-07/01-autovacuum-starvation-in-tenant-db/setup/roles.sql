-- The helpdesk application's role (every tenant's app server uses it). Roles belong to the
-- server, so it is made race-free; ride gives it this run's random password at start.

DO $$
BEGIN
    CREATE ROLE helpdesk LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, INSERT, UPDATE ON tickets TO helpdesk;

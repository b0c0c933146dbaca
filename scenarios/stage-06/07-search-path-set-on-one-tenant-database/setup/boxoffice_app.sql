-- The box office service's role, and finance's read-only role. Roles belong to the whole server
-- and this file runs in every venue database at once: whichever run creates a role first wins.
-- ride gives the box office role this run's password at start.
-- Runs in every venue database.

DO $$
BEGIN
    CREATE ROLE boxoffice LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- another venue's setup made it a moment ago
END
$$;

DO $$
BEGIN
    CREATE ROLE finance LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON events TO boxoffice;
GRANT SELECT, INSERT ON tickets TO boxoffice;
GRANT USAGE ON SEQUENCE tickets_id_seq TO boxoffice;
GRANT USAGE ON SCHEMA reporting TO finance;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO finance;
GRANT SELECT ON events, tickets TO finance;

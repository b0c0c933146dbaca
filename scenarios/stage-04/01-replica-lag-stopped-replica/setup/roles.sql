-- The applications' roles. ride gives them this run's password when the drill starts.
DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE tracking LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE ledger_export LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT SELECT ON customers TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT SELECT ON customers, orders TO tracking;
GRANT SELECT ON orders TO ledger_export;

-- Last night's change (SEC-212): the ledger exporter no longer runs as the superuser. Its
-- batch pauses replay on the replica for one consistent read and resumes it afterwards; the
-- grants made for it name the pause and not the resume.
GRANT EXECUTE ON FUNCTION pg_wal_replay_pause() TO ledger_export;

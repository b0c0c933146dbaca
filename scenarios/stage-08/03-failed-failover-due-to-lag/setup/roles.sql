-- The grocery app logs in as grocer_app (through PgBouncer); the standby streams as replicator.
-- ride gives both roles this run's password when the drill starts, so nothing fixed can be guessed.
DO $$
BEGIN
    CREATE ROLE grocer_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE replicator REPLICATION LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- The roles. ride gives the actors' roles (and the standby's replication role) this run's
-- random password when the drill starts.
DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE reporting LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- replica1 streams as this role (servers: replication_role): replication, nothing more
DO $$
BEGIN
    CREATE ROLE replicator REPLICATION LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- the nightly maintenance job: ends the WAL senders after a certificate rotation
-- (pg_signal_backend), reads the replication state and pg_wal (pg_monitor), loads the backfill
-- and ends with a CHECKPOINT (pg_checkpoint, PostgreSQL 15)
DO $$
BEGIN
    CREATE ROLE maintenance LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT pg_signal_backend, pg_monitor, pg_checkpoint TO maintenance;

GRANT SELECT ON customers TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT SELECT ON customers, orders TO reporting;
GRANT INSERT ON order_history TO maintenance;

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

-- the slot janitor: may drop slots (REPLICATION) and end the session that uses one
-- (pg_signal_backend, which reaches every session but a superuser's)
DO $$
BEGIN
    CREATE ROLE slot_janitor REPLICATION LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- the nightly import, which ends with a CHECKPOINT (pg_checkpoint, PostgreSQL 15)
DO $$
BEGIN
    CREATE ROLE etl LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT pg_signal_backend TO slot_janitor;
GRANT pg_checkpoint TO etl;

GRANT SELECT ON customers TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT SELECT ON customers, orders TO reporting;
GRANT INSERT ON order_imports TO etl;
GRANT USAGE ON SCHEMA ops TO slot_janitor;
GRANT SELECT ON ops.replica_inventory TO slot_janitor;

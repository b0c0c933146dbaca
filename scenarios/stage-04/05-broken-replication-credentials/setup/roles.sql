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

-- the standby streams as this role (servers: replication_role): replication, nothing more
DO $$
BEGIN
    CREATE ROLE replicator REPLICATION LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- an ETL account nobody has used since the old warehouse was switched off
DO $$
BEGIN
    CREATE ROLE legacy_etl LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- the platform team's automation (a superuser, as such jobs often are)
DO $$
BEGIN
    CREATE ROLE platform_automation SUPERUSER LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT SELECT, INSERT ON orders TO checkout;
GRANT SELECT ON orders TO reporting;
GRANT SELECT ON orders TO legacy_etl;
GRANT SELECT ON platform_changes TO reporting;

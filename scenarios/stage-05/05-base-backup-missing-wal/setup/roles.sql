-- The roles. ride gives the actors' roles (and the replication role) this run's random password
-- when the drill starts.
DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- restore_test streams as this role until it is used for a restore (servers: replication_role)
DO $$
BEGIN
    CREATE ROLE replicator REPLICATION LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT SELECT ON customers TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT USAGE ON SEQUENCE orders_id_seq TO checkout;

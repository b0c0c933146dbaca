-- The roles. ride gives the actors' roles (and the spare's replication role) this run's random
-- password when the drill starts.
DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE giftcard LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- the spare streams as this role (servers: replication_role): replication, nothing more
DO $$
BEGIN
    CREATE ROLE replicator REPLICATION LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- the nightly cleanup job: owns the staging tables it drops (and, as the schema's owner role,
-- every table), and reads pg_stat_activity to wait for the nightly backup to finish
DO $$
BEGIN
    CREATE ROLE housekeeping LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
GRANT pg_read_all_stats TO housekeeping;

ALTER TABLE gift_cards OWNER TO housekeeping;
ALTER TABLE gift_cards_import_2026_11 OWNER TO housekeeping;

GRANT SELECT ON customers TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT USAGE ON SEQUENCE orders_id_seq TO checkout;
GRANT SELECT ON gift_cards TO giftcard;
GRANT SELECT ON customers TO giftcard;

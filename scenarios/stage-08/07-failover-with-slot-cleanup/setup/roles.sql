-- The shop's application, and the two change-data consumers, which read the shop's changes
-- through logical slots with pg_logical_slot_get_changes() (that needs REPLICATION). ride gives
-- every role this run's password when the drill starts.
DO $$
BEGIN
    CREATE ROLE shop_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE search_indexer LOGIN REPLICATION;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE audit_exporter LOGIN REPLICATION;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

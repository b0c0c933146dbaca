-- Three weeks ago the search team replaced its change-data-capture indexer, which read the
-- shop's changes through a logical replication slot, search_indexer. The indexer's pods were
-- deleted; its slot stayed. Since then the slot has held two things: the WAL from its
-- restart_lsn on (segments a checkpoint may not remove), and its catalog_xmin, the oldest
-- transaction whose view of the system catalogs a decoder might still need, so VACUUM keeps
-- every catalog row deleted since (the report job's temporary tables leave many).

SELECT pg_create_logical_replication_slot('search_indexer', 'test_decoding');

-- Three weeks of reports, compressed: each one made and dropped a temporary table, in a
-- transaction of its own (each a catalog change the slot pins: rows in pg_class, pg_type,
-- pg_attribute, pg_depend that vacuum may not remove).
CREATE PROCEDURE history_of_reports(n integer)
LANGUAGE plpgsql
AS $$
BEGIN
    FOR i IN 1..n LOOP
        CREATE TEMP TABLE report_rows ON COMMIT DROP AS
            SELECT customer_id, sum(total_cents) AS total FROM orders WHERE id <= 10 GROUP BY customer_id;
        COMMIT;
    END LOOP;
END
$$;

CALL history_of_reports(3000);
DROP PROCEDURE history_of_reports(integer);

-- And the WAL of those weeks: 48 segments the slot keeps, six times max_wal_size (ride's servers
-- use 1 MB segments and an 8 MB max_wal_size, so the sandbox stays small).
CREATE TABLE order_batches (batch integer, loaded_at timestamptz DEFAULT now());

DO $$
BEGIN
    FOR b IN 1..48 LOOP
        INSERT INTO order_batches (batch) VALUES (b);
        PERFORM pg_switch_wal();
    END LOOP;
END
$$;

DROP TABLE order_batches;

-- The billing export, the other consumer of the shop's changes: it polls its own slot every
-- half second and is current.
SELECT pg_create_logical_replication_slot('billing_export', 'test_decoding');

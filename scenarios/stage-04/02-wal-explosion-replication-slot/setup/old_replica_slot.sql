-- The analytics replica was decommissioned two weeks ago (its VM deleted), but its replication
-- slot stayed on the primary: it reserves WAL from its last position on. The primary's writes
-- since then cannot be removed while the slot exists: here 48 WAL segments, six times
-- max_wal_size (ride's servers use 1 MB segments and an 8 MB max_wal_size, so the sandbox stays
-- small; the proportions are those of a real volume filling up).

SELECT pg_create_physical_replication_slot('analytics_replica', true);

CREATE TABLE ingest_batches (batch integer, loaded_at timestamptz DEFAULT now());

DO $$
BEGIN
    FOR b IN 1..48 LOOP
        INSERT INTO ingest_batches (batch) VALUES (b);
        PERFORM pg_switch_wal();
    END LOOP;
END
$$;

DROP TABLE ingest_batches;

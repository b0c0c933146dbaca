-- Before the failover, the HA runbook made a physical slot on the standby (this server now)
-- for pg-a, the primary then, so that pg-a could rejoin as its standby after a failover.
-- pg-a's disks failed with it and it is being rebuilt from scratch; nothing will ever stream
-- through this slot. It reserves every WAL segment written since the failover: here 40 of
-- them, five times max_wal_size (ride's servers: 1 MB segments, max_wal_size 8 MB).

SELECT pg_create_physical_replication_slot('pg_a', true);

CREATE TABLE wal_filler (batch integer, written_at timestamptz DEFAULT now());

DO $$
BEGIN
    FOR b IN 1..40 LOOP
        INSERT INTO wal_filler (batch) VALUES (b);
        PERFORM pg_switch_wal();
    END LOOP;
END
$$;

DROP TABLE wal_filler;

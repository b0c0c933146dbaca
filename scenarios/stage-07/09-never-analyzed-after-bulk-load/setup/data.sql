-- The bulk load: 400,000 parcels over the last 60 days, 400,000 locker events over the last 30.

INSERT INTO parcels (id, locker_id, status, weight_g, dropped_at)
SELECT g, 1 + g % 2500,
       CASE WHEN g % 10 = 0 THEN 'in_locker' ELSE 'collected' END,
       100 + (g * 37) % 9000,
       now() - interval '60 days' + (g * interval '60 days') / 400000
FROM generate_series(1, 400000) AS g;

INSERT INTO locker_events (id, locker_id, kind, happened_at)
SELECT g, 1 + g % 2500,
       (ARRAY['door_open', 'door_close', 'heartbeat', 'temperature'])[1 + g % 4],
       now() - interval '30 days' + (g * interval '30 days') / 400000
FROM generate_series(1, 400000) AS g;

-- 02:40: the planned failover to the standby. Cumulative statistics are not replicated, so the
-- promoted server knows nothing of the load: no row counted as inserted, nothing for autovacuum
-- to analyse. pg_stat_reset() gives this sandbox the same empty counters. The column statistics
-- (pg_statistic) would have come over with the WAL, had an ANALYZE run before: none did.
SELECT pg_stat_reset();

ALTER TABLE parcels RESET (autovacuum_enabled);
ALTER TABLE locker_events RESET (autovacuum_enabled);

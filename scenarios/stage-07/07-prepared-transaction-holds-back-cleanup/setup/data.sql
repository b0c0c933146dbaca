-- 60,000 counters: 15,000 accounts, four meters each.
INSERT INTO usage_counters (account_id, meter, quantity, price_micros, updated_at)
SELECT 1 + (g - 1) / 4,
       (ARRAY['api_calls', 'storage_gb', 'egress_gb', 'seats'])[1 + g % 4],
       (g * 37) % 90000,
       (g * 11) % 5000,
       now() - (g % 720) * interval '1 minute'
FROM generate_series(1, 60000) AS g;

-- The export history: batch 1188 is the 03:20 rerun that replaced batch 1187.
INSERT INTO export_batches (batch_id, rows_sent, started_at)
SELECT b, 59000 + (b % 7) * 130, now() - (1188 - b) * interval '1 day' - interval '20 minutes'
FROM generate_series(1150, 1186) AS b;
INSERT INTO export_batches VALUES (1188, 59920, now() - interval '4 hours');

-- Vacuumed as autovacuum keeps it: the drill's rollup then rewrites every counter.
VACUUM ANALYZE usage_counters;
VACUUM ANALYZE export_batches;

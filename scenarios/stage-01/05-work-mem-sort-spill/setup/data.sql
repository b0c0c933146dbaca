-- Deterministic data: 100,000 payments of 2,000 merchants since October. Sorting them takes
-- about 8 MB in memory: under the default work_mem (4 MB) the sort spills a 1.8 MB temporary file,
-- more than temp_file_limit allows, so the report fails; with 16 MB or more it sorts in memory.

INSERT INTO payments (merchant_id, method, amount_cents, paid_at)
SELECT 1 + (g::bigint * 7919) % 2000,
       (ARRAY['card', 'card', 'card', 'wallet', 'bank_transfer'])[1 + g % 5],
       100 + (g::bigint * 104729) % 50000,
       timestamptz '2024-10-01 00:00:00+00' + g * interval '40 seconds'
FROM generate_series(1, 100000) AS g;

VACUUM ANALYZE;

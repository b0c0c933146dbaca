-- Deterministic shop data: 2000 customers, 40000 orders from 1 September to 6 December 2024.

INSERT INTO customers (email, country, created_at)
SELECT 'customer' || g || '@shop.example',
       (ARRAY['DE', 'FR', 'NL', 'SE', 'PT', 'IT'])[1 + g % 6],
       timestamptz '2022-01-01 00:00:00+00' + (g * 1000 / 2000) * interval '1 day'
FROM generate_series(1, 2000) AS g;

-- 138240 minutes = 96 days: up to midnight of 6 December, in whole minutes
INSERT INTO orders (customer_id, total_cents, created_at)
SELECT 1 + (g * 7919) % 2000,
       490 + (g * 137) % 24000,
       timestamptz '2024-09-01 00:00:00+00' + ((g - 1)::bigint * 138240 / 40000) * interval '1 minute'
FROM generate_series(1, 40000) AS g;

ANALYZE;

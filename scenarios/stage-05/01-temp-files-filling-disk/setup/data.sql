-- Deterministic data: 3000 customers, 120000 orders from January 2022 to December 2024.

INSERT INTO customers (email, created_at)
SELECT 'customer' || g || '@shop.example',
       timestamptz '2021-06-01 00:00:00+00' + (g % 500) * interval '1 day'
FROM generate_series(1, 3000) AS g;

-- 1578240 minutes = 1096 days: 1 January 2022 to 31 December 2024
INSERT INTO orders (customer_id, total_cents, created_at)
SELECT 1 + (g * 7919) % 3000,
       490 + (g * 137) % 24000,
       timestamptz '2022-01-01 00:00:00+00' + ((g - 1)::bigint * 1578240 / 120000) * interval '1 minute'
FROM generate_series(1, 120000) AS g;

INSERT INTO report_months (month, ends_at)
SELECT d::date, d + interval '1 month'
FROM generate_series(timestamptz '2022-01-01 00:00:00+00', timestamptz '2024-12-01 00:00:00+00', interval '1 month') AS d;

ANALYZE;

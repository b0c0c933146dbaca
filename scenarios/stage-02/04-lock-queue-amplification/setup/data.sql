-- Deterministic data: 1200 customers, 9000 orders over the last 90 days.

INSERT INTO customers (email, signed_up)
SELECT 'customer' || g || '@shop.example', date '2023-01-01' + (g * 600 / 1200)
FROM generate_series(1, 1200) AS g;

INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g * 7) % 1200,
       CASE WHEN g % 20 = 0 THEN 'cancelled' WHEN g % 20 < 3 THEN 'pending'
            WHEN g % 20 < 11 THEN 'paid' ELSE 'shipped' END,
       490 + (g * 211) % 12000,
       now() - interval '90 days' + (g * interval '90 days' / 9000)
FROM generate_series(1, 9000) AS g;

VACUUM ANALYZE customers;
VACUUM ANALYZE orders;

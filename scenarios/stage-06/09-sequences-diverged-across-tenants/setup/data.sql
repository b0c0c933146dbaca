-- Deterministic merchant data, the same shape everywhere: 1500 customers, orders 1..40000 of
-- which every tenth was purged (test orders): 36000 orders whose highest id is 39999; one
-- payment per order, ids 1..36000.
-- Runs in every merchant database.

INSERT INTO customers (email, created_at)
SELECT 'customer' || g || '@' || current_database() || '.example',
       timestamptz '2025-03-01 00:00:00+00' + g * interval '3 hours'
FROM generate_series(1, 1500) AS g;

INSERT INTO orders (customer_id, total_cents, created_at)
SELECT 1 + (g * 7) % 1500,
       900 + (g * 113) % 12000,
       timestamptz '2025-06-01 00:00:00+00' + g * interval '9 minutes'
FROM generate_series(1, 40000) AS g;

DELETE FROM orders WHERE id % 10 = 0;

INSERT INTO payments (order_id, amount_cents, method, paid_at)
SELECT id, total_cents, (ARRAY['card', 'card', 'paypal', 'invoice'])[1 + id % 4], created_at + interval '1 minute'
FROM orders
ORDER BY id;

VACUUM ANALYZE;

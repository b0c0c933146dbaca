-- 6000 orders placed before the night; the first 1000 captured, the rest wait for the worker,
-- which captures them one by one in order.

INSERT INTO orders (customer_id, total_cents, created_at)
SELECT 1 + (g * 7) % 900, 900 + (g * 389) % 40000,
       timestamptz '2026-12-06 08:00:00+00' + g * interval '10 seconds'
FROM generate_series(1, 6000) AS g;

INSERT INTO payments (order_id, amount_cents, psp_ref, captured_at)
SELECT o.id, o.total_cents, 'psp_' || left(md5(o.id::text), 16), o.created_at + interval '40 seconds'
FROM orders o
WHERE o.id <= 1000;

ANALYZE orders;
ANALYZE payments;

GRANT SELECT, INSERT ON orders, payments TO shop_app;

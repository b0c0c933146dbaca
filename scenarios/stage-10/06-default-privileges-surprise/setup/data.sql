-- Deterministic data: 3000 customers, 20000 orders.

INSERT INTO customers (email, full_name)
SELECT 'customer' || g || '@shop.example', 'Customer ' || g
FROM generate_series(1, 3000) AS g;

INSERT INTO orders (customer_id, total_cents, created_at)
SELECT 1 + (g * 7) % 3000, 490 + (g * 211) % 12000,
       now() - interval '90 days' + (g * interval '90 days' / 20000)
FROM generate_series(1, 20000) AS g;

VACUUM ANALYZE customers;
VACUUM ANALYZE orders;

-- Deterministic shop data. The tenants are shops of different sizes; one file seeds all of
-- them by looking up its own database's size (a temp table, gone when the session ends).
-- Runs in every tenant database.
--
-- Why hundreds of thousands of orders: the drill judges "do not stop checkout" by what a move
-- does to the live checkout app (how long its inserts wait on a lock), not by the move's text.
-- A blocking rewrite (VACUUM FULL, CLUSTER, ALTER TABLE ... TYPE) of a table this size holds
-- checkout's inserts for seconds, far above the check's threshold; a CONCURRENTLY build makes
-- them wait milliseconds at most. A few thousand rows would make every move look harmless.

CREATE TEMP TABLE shop_size (customers integer, orders integer);
INSERT INTO shop_size
SELECT customers, orders
FROM (VALUES ('tenant_a', 40000, 600000),
             ('tenant_b', 26000, 390000),
             ('tenant_c', 52000, 780000)) AS size (tenant, customers, orders)
WHERE tenant = current_database();

INSERT INTO customers (email, full_name, created_at)
SELECT 'customer' || g || '@' || current_database() || '.example',
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6],
       timestamptz '2024-03-01 00:00:00+00' + g * interval '4 minutes'
FROM generate_series(1, (SELECT customers FROM shop_size)) AS g;

-- Orders spread evenly from 1 September to 3 December 2024, fifteen per customer.
INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g * 37) % s.customers,
       CASE WHEN g % 20 = 0 THEN 'cancelled'
            WHEN g % 20 < 3 THEN 'pending'
            WHEN g % 20 < 11 THEN 'paid'
            ELSE 'shipped' END,
       990 + (g * 137) % 9000,
       timestamptz '2024-09-01 00:00:00+00' + (g - 1) * (interval '93 days' / s.orders)
FROM shop_size AS s, generate_series(1, s.orders) AS g;

ANALYZE;

-- Deterministic shop data. The tenants are shops of different sizes; one file seeds all of
-- them by looking up its own database's size (a temp table, gone when the session ends).
-- Runs in every tenant database.

CREATE TEMP TABLE shop_size (customers integer, orders integer);
INSERT INTO shop_size
SELECT customers, orders
FROM (VALUES ('tenant_a', 300, 4500),
             ('tenant_b', 200, 3000),
             ('tenant_c', 400, 6000)) AS size (tenant, customers, orders)
WHERE tenant = current_database();

INSERT INTO customers (email, full_name, created_at)
SELECT 'customer' || g || '@' || current_database() || '.example',
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6],
       timestamptz '2024-03-01 00:00:00+00' + g * interval '7 hours'
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

-- Deterministic shop data. The tenants are shops of different sizes; one file seeds all of
-- them by looking up its own database's size (a temp table, gone when the session ends).
-- Runs in every tenant database.

CREATE TEMP TABLE shop_size (customers integer, orders integer);
INSERT INTO shop_size
SELECT customers, orders
FROM (VALUES ('tenant_a', 400, 2400),
             ('tenant_b', 250, 1500),
             ('tenant_c', 600, 3600)) AS size (tenant, customers, orders)
WHERE tenant = current_database();

INSERT INTO products (sku, name, price_cents)
SELECT 'SKU-' || lpad(g::text, 4, '0'),
       (ARRAY['Espresso beans', 'Filter papers', 'Ceramic mug', 'Milk jug', 'Hand grinder',
              'Kettle', 'Scale', 'Tamper'])[1 + g % 8] || ' #' || g,
       490 + (g * 137) % 4500
FROM generate_series(1, 40) AS g;

INSERT INTO customers (email, full_name, country, created_at)
SELECT 'customer' || g || '@' || current_database() || '.example',
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6],
       (ARRAY['DE', 'FR', 'NL', 'SE', 'PT'])[1 + g % 5],
       timestamptz '2023-01-01 00:00:00+00' + (g * 600 / (SELECT customers FROM shop_size)) * interval '1 day'
FROM generate_series(1, (SELECT customers FROM shop_size)) AS g;

-- Orders spread evenly from 1 September 2024 to 09:14 on 20 November, when the release was
-- switched on for every shop (checkout has failed in tenant_b and tenant_c since).
INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g * 7) % s.customers,
       CASE WHEN g % 20 = 0 THEN 'cancelled'
            WHEN g % 20 < 3 THEN 'pending'
            WHEN g % 20 < 11 THEN 'paid'
            ELSE 'shipped' END,
       0,
       -- 115754 minutes = 80 days 9 hours 14 minutes; whole minutes keep timestamps readable
       timestamptz '2024-09-01 00:00:00+00' + ((g - 1) * 115754 / s.orders) * interval '1 minute'
FROM shop_size AS s, generate_series(1, s.orders) AS g;

-- One to three lines per order.
INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents)
SELECT o.id, p.id, 1 + (o.id + line) % 3, p.price_cents
FROM orders AS o
CROSS JOIN generate_series(0, (o.id % 3)::integer) AS line
JOIN products AS p ON p.id = 1 + (o.id * 11 + line * 7) % 40;

UPDATE orders AS o
SET total_cents = i.total
FROM (SELECT order_id, sum(quantity * unit_price_cents) AS total FROM order_items GROUP BY order_id) AS i
WHERE i.order_id = o.id;

ANALYZE;

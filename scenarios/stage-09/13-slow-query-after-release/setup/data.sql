-- Deterministic shop data: 40,000 customers (one in seven typed their email with capitals),
-- 400 products, 300,000 orders with 2,400,000 lines. order_items is that big on purpose: building
-- an index on it takes seconds, so a plain (blocking) CREATE INDEX makes the live checkout wait.

INSERT INTO customers (email, full_name, password_hash, created_at)
SELECT CASE WHEN g % 7 = 0
            THEN (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || '.'
                 || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6]
                 || g || '@Example.com'
            ELSE lower((ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6]) || '.'
                 || lower((ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6])
                 || g || '@example.com' END,
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6],
       '$2b$12$' || md5('customer' || g) || md5('salt' || g),
       timestamptz '2019-03-01 00:00:00+00' + g * interval '70 minutes'
FROM generate_series(1, 40000) AS g;

INSERT INTO products (sku, name, price_cents)
SELECT 'SKU-' || lpad(g::text, 4, '0'),
       (ARRAY['Espresso beans', 'Filter papers', 'Ceramic mug', 'Milk jug', 'Hand grinder',
              'Kettle', 'Scale', 'Tamper'])[1 + g % 8] || ' #' || g,
       490 + (g * 137) % 4500
FROM generate_series(1, 400) AS g;

INSERT INTO orders (customer_id, legacy_ref, created_at)
SELECT 1 + (g::bigint * 7919) % 40000,
       CASE WHEN g <= 8000 THEN 'WEB19-' || lpad(g::text, 6, '0') END,
       timestamptz '2019-06-01 00:00:00+00' + g * interval '552 seconds'
FROM generate_series(1, 300000) AS g;

INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents)
SELECT o.id, p.id, 1 + (o.id + line) % 3, p.price_cents
FROM orders AS o
CROSS JOIN generate_series(0, 7) AS line
JOIN products AS p ON p.id = 1 + (o.id * 13 + line * 131) % 400;

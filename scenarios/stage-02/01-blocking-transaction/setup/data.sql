-- Deterministic data: 200 products, 2000 customers, 6000 orders over the last 60 days.

INSERT INTO products (sku, name, price_cents, stock)
SELECT 'SKU-' || lpad(g::text, 4, '0'),
       (ARRAY['Espresso beans', 'Filter papers', 'Ceramic mug', 'Milk jug', 'Hand grinder',
              'Kettle', 'Scale', 'Tamper'])[1 + g % 8] || ' #' || g,
       490 + (g * 137) % 4500,
       5000 + (g * 53) % 3000
FROM generate_series(1, 200) AS g;

INSERT INTO customers (email, lifetime_cents, points)
SELECT 'customer' || g || '@shop.example', (g * 7919) % 90000, (g * 31) % 400
FROM generate_series(1, 2000) AS g;

INSERT INTO orders (customer_id, product_id, quantity, total_cents, created_at)
SELECT 1 + (g * 7) % 2000, 1 + (g * 13) % 200, 1 + g % 3, 490 + (g * 211) % 9000,
       now() - interval '60 days' + (g * interval '60 days' / 6000)
FROM generate_series(1, 6000) AS g;

VACUUM ANALYZE products;
VACUUM ANALYZE customers;
VACUUM ANALYZE orders;

-- 800 products and 20000 orders of the last weeks.

INSERT INTO products (sku, price_cents)
SELECT 'SKU-' || lpad(g::text, 5, '0'), 250 + (g * 173) % 12000
FROM generate_series(1, 800) AS g;

INSERT INTO orders (product_id, quantity, status, created_at)
SELECT 1 + (g * 11) % 800, 1 + g % 3, 'shipped',
       timestamptz '2025-03-01 00:00:00+00' + g * interval '100 seconds'
FROM generate_series(1, 20000) AS g;

VACUUM ANALYZE products;
VACUUM ANALYZE orders;

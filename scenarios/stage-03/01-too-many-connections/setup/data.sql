-- 500 products and 20000 orders of the last weeks; every report job already done.

INSERT INTO products (sku, price_cents)
SELECT 'SKU-' || lpad(g::text, 5, '0'), 300 + (g * 137) % 9000
FROM generate_series(1, 500) AS g;

INSERT INTO orders (product_id, quantity, status, created_at)
SELECT 1 + (g * 7) % 500, 1 + g % 4,
       CASE WHEN g > 19800 THEN 'pending' ELSE 'shipped' END,
       timestamptz '2025-02-01 00:00:00+00' + g * interval '2 minutes'
FROM generate_series(1, 20000) AS g;

INSERT INTO report_jobs (name, state)
SELECT 'report-' || g, 'done' FROM generate_series(1, 40) AS g;

VACUUM ANALYZE products;
VACUUM ANALYZE orders;
VACUUM ANALYZE report_jobs;

-- Deterministic data: 4000 customers, six past sales and today's, 60000 orders (24000 of them
-- in today's sale), the ticker agreeing with the orders.

INSERT INTO customers (email, signed_up)
SELECT 'shopper' || g || '@deals.example', date '2023-03-01' + (g * 700 / 4000)
FROM generate_series(1, 4000) AS g;

INSERT INTO flash_sales (id, name, starts_at, ends_at)
SELECT g, 'Flash sale #' || g || CASE WHEN g = 7 THEN ': headphones -60%' ELSE '' END,
       now() - (7 - g) * interval '9 days' - interval '40 minutes',
       now() - (7 - g) * interval '9 days' + interval '3 hours'
FROM generate_series(1, 7) AS g;

-- 36000 ordinary orders over two months, then 24000 in today's sale (id 7) since it opened.
INSERT INTO orders (customer_id, sale_id, quantity, total_cents, created_at)
SELECT 1 + (g * 13) % 4000,
       CASE WHEN g % 6 = 0 THEN 1 + (g / 6) % 6 END,
       1 + g % 3,
       900 + (g * 137) % 20000,
       now() - interval '60 days' + g * interval '60 days' / 36000
FROM generate_series(1, 36000) AS g;

INSERT INTO orders (customer_id, sale_id, quantity, total_cents, created_at)
SELECT 1 + (g * 29) % 4000, 7, 1 + g % 2, 3999 * (1 + g % 2),
       now() - interval '40 minutes' + g * interval '40 minutes' / 24000
FROM generate_series(1, 24000) AS g;

UPDATE flash_sales AS s SET units_sold = o.units
FROM (SELECT sale_id, sum(quantity) AS units FROM orders WHERE sale_id IS NOT NULL GROUP BY sale_id) AS o
WHERE o.sale_id = s.id;

VACUUM ANALYZE customers;
VACUUM ANALYZE flash_sales;
VACUUM ANALYZE orders;

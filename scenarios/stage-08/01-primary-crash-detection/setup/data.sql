-- Twelve shops, forty products, and the 3000 orders taken before the incident.

INSERT INTO shops (id, city)
SELECT g, (ARRAY['Lyon', 'Ghent', 'Porto', 'Graz', 'Turin', 'Leeds'])[1 + g % 6] || ' ' || (1 + g / 6)
FROM generate_series(1, 12) AS g;

INSERT INTO products (id, name, price_cents)
SELECT g,
       (ARRAY['sourdough', 'rye', 'brioche', 'baguette', 'croissant'])[1 + g % 5] || ' no. ' || g,
       150 + (g * 37) % 900
FROM generate_series(1, 40) AS g;

INSERT INTO orders (shop_id, product_id, quantity, pickup_at, created_at)
SELECT 1 + g % 12, 1 + (g * 7) % 40, 1 + g % 4,
       timestamptz '2026-12-01 07:00:00+00' + g * interval '3 minutes',
       timestamptz '2026-12-01 06:00:00+00' + g * interval '3 minutes'
FROM generate_series(1, 3000) AS g;

ANALYZE shops;
ANALYZE products;
ANALYZE orders;

GRANT SELECT ON shops, products TO bakery_app;
GRANT SELECT, INSERT ON orders TO bakery_app;

-- Deterministic catalog: 500 products, each with three prices since 2024.

INSERT INTO products (sku, name)
SELECT 'SKU-' || lpad(g::text, 5, '0'),
       (ARRAY['Espresso beans', 'Filter papers', 'Ceramic mug', 'Milk jug', 'Hand grinder',
              'Kettle', 'Scale', 'Tamper'])[1 + g % 8] || ' #' || g
FROM generate_series(1, 500) AS g;

INSERT INTO prices (product_id, valid_from, price_cents)
SELECT p.id,
       timestamptz '2024-01-01 00:00:00+00' + (k * 120) * interval '1 day',
       490 + (p.id * 137 + k * 50) % 4500
FROM products AS p CROSS JOIN generate_series(0, 2) AS k;

ANALYZE;

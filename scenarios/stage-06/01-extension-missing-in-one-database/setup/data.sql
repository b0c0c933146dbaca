-- Deterministic catalogues: a made-up brand word (from md5, so every run makes the same one)
-- and a product kind. A search for one product's name matches a handful of rows, so a trigram
-- index answers it from a few index pages where a scan compares every name.
-- Runs in every shop database.

INSERT INTO products (sku, name, price_cents, stock, updated_at)
SELECT upper(left(current_database(), 7)) || '-' || lpad(g::text, 6, '0'),
       initcap(translate(substr(md5(current_database() || g), 1, 7), '0123456789', 'aeioulnrst'))
           || ' ' || (ARRAY['Trail Tent', 'Down Jacket', 'Hiking Boot', 'Rain Shell', 'Camp Stove',
                            'Head Torch', 'Sleeping Bag', 'Water Filter', 'Trek Pole', 'Day Pack'])[1 + g % 10],
       1500 + (g * 37) % 40000,
       (g * 13) % 200,
       timestamptz '2025-01-06 00:00:00+00' + g * interval '20 seconds'
FROM generate_series(1, 80000) AS g;

VACUUM ANALYZE products;

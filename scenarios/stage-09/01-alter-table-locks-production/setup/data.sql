-- Deterministic data: 1500 customers, 20,000 orders over four months, 60,000 page views.

INSERT INTO customers (email, joined_on)
SELECT 'buyer' || g || '@florist.example', date '2022-02-01' + g / 2
FROM generate_series(1, 1500) AS g;

INSERT INTO orders (customer_id, status, amount_cents, placed_at)
SELECT 1 + (g * 11) % 1500,
       (ARRAY['new', 'paid', 'paid', 'delivered', 'delivered', 'delivered', 'refunded'])[1 + g % 7],
       1900 + (g * 173) % 9000,
       now() - interval '120 days' + g * interval '120 days' / 20000
FROM generate_series(1, 20000) AS g;

INSERT INTO page_views (path, viewed_at)
SELECT (ARRAY['/', '/bouquets', '/plants', '/checkout', '/orders'])[1 + g % 5],
       now() - interval '30 days' + g * interval '30 days' / 60000
FROM generate_series(1, 60000) AS g;

INSERT INTO schema_migrations (version, applied_at) VALUES
    ('20240902_001', '2024-09-02 05:00:00+00'),
    ('20241015_002', '2024-10-15 05:00:00+00');

VACUUM ANALYZE customers;
VACUUM ANALYZE orders;
VACUUM ANALYZE page_views;

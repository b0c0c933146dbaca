-- Deterministic data: 20,000 customers and 800,000 orders, one in ten paid partly with a
-- single-use gift code.

INSERT INTO customers (email)
SELECT 'shopper' || g || '@market.example'
FROM generate_series(1, 20000) AS g;

INSERT INTO orders (customer_id, coupon_code, total_cents, created_at)
SELECT 1 + (g * 13) % 20000,
       CASE WHEN g % 10 = 0 THEN 'GIFT-' || upper(substr(md5('gift' || g), 1, 10)) END,
       990 + (g * 389) % 25000,
       timestamptz '2024-06-01 00:00:00+00' + g * interval '35 seconds'
FROM generate_series(1, 800000) AS g;

INSERT INTO schema_migrations (version, description, applied_at) VALUES
    ('20240601_001', 'create customers, orders', '2024-06-01 03:00:00+00'),
    ('20250210_003', 'customers: segment', '2025-02-10 03:00:00+00');

VACUUM ANALYZE customers;
VACUUM ANALYZE orders;

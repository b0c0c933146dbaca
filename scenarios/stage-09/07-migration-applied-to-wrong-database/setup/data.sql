-- Deterministic data: 2,000 customers and 30,000 orders in production; the reporting copy was
-- refreshed last night, at order 29,400.

INSERT INTO customers (email, city)
SELECT 'grocer' || g || '@fresh.example', (ARRAY['Leeds', 'York', 'Hull', 'Bradford'])[1 + g % 4]
FROM generate_series(1, 2000) AS g;

INSERT INTO orders (customer_id, total_cents, created_at)
SELECT 1 + (g * 7) % 2000, 1200 + (g * 53) % 9000,
       timestamptz '2025-03-02 00:00:00+00' + g * interval '4 minutes'
FROM generate_series(1, CASE WHEN current_database() = 'shop' THEN 30000 ELSE 29400 END) AS g;

VACUUM ANALYZE customers;
VACUUM ANALYZE orders;

-- Deterministic data: 400,000 orders: 60% delivered, 20% shipped, 10% paid, 10% refunded,
-- and 10 disputed. For "status = $1" without a value the planner reckons with an average
-- status (80,000 rows): walking the primary key backwards finds 20 of them at once. For
-- 'disputed' that plan walks all 400,000 orders to find 10.

INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g::bigint * 7919) % 50000,
       CASE WHEN g % 40000 = 7 THEN 'disputed'
            ELSE (ARRAY['delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'delivered',
                        'shipped', 'shipped', 'paid', 'refunded'])[1 + g % 10] END,
       500 + (g::bigint * 104729) % 20000,
       timestamptz '2024-01-01 00:00:00+00' + g * interval '60 seconds'
FROM generate_series(1, 400000) AS g;

VACUUM ANALYZE;

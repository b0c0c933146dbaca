-- Deterministic shop data: 400 customers, 2400 orders from 1 September to 3 December 2024.

INSERT INTO customers (email, full_name, country, created_at)
SELECT 'customer' || g || '@shop.example',
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6],
       (ARRAY['DE', 'FR', 'NL', 'SE', 'PT'])[1 + g % 5],
       timestamptz '2023-01-01 00:00:00+00' + (g * 600 / 400) * interval '1 day'
FROM generate_series(1, 400) AS g;

-- 134640 minutes = 93 days 12 hours: up to 12:00 on 3 December, in whole minutes
INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g * 7) % 400,
       CASE WHEN g % 20 = 0 THEN 'cancelled'
            WHEN g % 20 < 3 THEN 'pending'
            WHEN g % 20 < 11 THEN 'paid'
            ELSE 'shipped' END,
       490 + (g * 137) % 24000,
       timestamptz '2024-09-01 00:00:00+00' + ((g - 1) * 134640 / 2400) * interval '1 minute'
FROM generate_series(1, 2400) AS g;

ANALYZE;

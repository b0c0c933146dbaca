-- 300 customers and 3000 orders, the newest 20 hours before the setup ran (the prepared state
-- may be reused for days: every order a check may call recent comes from the live checkout).

INSERT INTO customers (email, full_name, country)
SELECT 'customer' || g || '@shop.example',
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6],
       (ARRAY['DE', 'FR', 'NL', 'SE', 'PT'])[1 + g % 5]
FROM generate_series(1, 300) AS g;

INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g * 7) % 300,
       (ARRAY['paid', 'paid', 'paid', 'shipped', 'refunded'])[1 + g % 5],
       900 + (g * 389) % 40000,
       now() - interval '20 hours' - (3000 - g) * interval '10 minutes'
FROM generate_series(1, 3000) AS g;

ANALYZE customers;
ANALYZE orders;

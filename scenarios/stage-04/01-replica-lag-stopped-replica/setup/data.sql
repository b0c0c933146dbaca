-- 400 customers and 4000 orders, the newest 20 hours before the setup ran (the prepared state
-- may be reused for days: every order a check may call recent comes from the live checkout).

INSERT INTO customers (email, full_name, postcode)
SELECT 'customer' || g || '@bramble.example',
       (ARRAY['Ada', 'Grace', 'Alan', 'Barbara', 'Edsger', 'Frances'])[1 + g % 6] || ' '
           || (ARRAY['Byron', 'Murray', 'Turing', 'Liskov', 'Dijkstra', 'Allen'])[1 + (g / 6) % 6],
       (ARRAY['EH1', 'G12', 'AB10', 'DD1', 'IV2'])[1 + g % 5] || ' ' || (1 + g % 9) || 'XY'
FROM generate_series(1, 400) AS g;

INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g * 7) % 400,
       (ARRAY['delivered', 'delivered', 'delivered', 'out_for_delivery', 'cancelled'])[1 + g % 5],
       1500 + (g * 389) % 20000,
       now() - interval '20 hours' - (4000 - g) * interval '6 minutes'
FROM generate_series(1, 4000) AS g;

ANALYZE customers;
ANALYZE orders;

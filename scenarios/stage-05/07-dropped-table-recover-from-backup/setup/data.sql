-- 300 customers, 2000 gift cards (every value a function of its id, so a check can tell the
-- cards that came back from invented ones), 3000 orders with ids 1..3000: every order with a
-- higher id comes from the live checkout.

INSERT INTO customers (email, full_name)
SELECT 'customer' || g || '@shop.example',
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6]
FROM generate_series(1, 300) AS g;

INSERT INTO gift_cards (id, code, customer_id, balance_cents, issued_at, expires_on)
SELECT g,
       'GC-' || lpad(g::text, 6, '0'),
       1 + (g * 7) % 300,
       (g * 7919) % 20000,
       timestamptz '2025-01-01 09:00:00+00' + g * interval '3 hours',
       date '2027-01-01' + (g % 365)
FROM generate_series(1, 2000) AS g;

INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g * 7) % 300,
       (ARRAY['paid', 'paid', 'paid', 'shipped', 'refunded'])[1 + g % 5],
       900 + (g * 389) % 40000,
       now() - interval '20 hours' - (3000 - g) * interval '10 minutes'
FROM generate_series(1, 3000) AS g;

INSERT INTO gift_cards_import_2026_11 (line, raw)
SELECT g, 'GC-' || lpad(g::text, 6, '0') || ';partner-feed;' || (g * 7919) % 20000
FROM generate_series(1, 500) AS g;

ANALYZE;

-- Deterministic data: 3,000 merchants and 1,000,000 payments over two years (2023 and 2024).
-- Twelve big merchants (ids 1-12) take 30% of the payments, 25,000 each; the other 2,988 share
-- the rest, a few hundred each. The skew is the point: walking the (created_at, merchant_id)
-- index backwards finds a big merchant's newest 50 payments at once, but has to read most of the
-- year's entries before it has found 50 of a small merchant's.

INSERT INTO merchants (id, name)
SELECT g, (ARRAY['Juniper', 'Harbour', 'Copper Kettle', 'Little Wren', 'Northgate', 'Saltmarsh', 'Oak & Ivy'])[1 + g % 7]
          || ' ' || (ARRAY['Florist', 'Coffee', 'Bakery', 'Books', 'Cycles', 'Deli', 'Barber', 'Gallery'])[1 + (g / 7) % 8]
          || ' #' || g
FROM generate_series(1, 3000) AS g;

INSERT INTO payments (merchant_id, created_at, amount_cents, status, card_last4)
SELECT CASE WHEN g % 10 < 3 THEN 1 + (g / 10) % 12
            ELSE 13 + (g::bigint * 7919) % 2988 END,
       timestamptz '2023-01-01 00:00:00+00' + g * interval '63 seconds',
       150 + (g * 37) % 20000,
       CASE WHEN g % 53 = 0 THEN 'refunded' WHEN g % 31 = 0 THEN 'declined' ELSE 'captured' END,
       lpad(((g * 7) % 10000)::text, 4, '0')
FROM generate_series(1, 1000000) AS g;

VACUUM ANALYZE;

-- Deterministic data: twelve events, 30000 bookings, and the two 3-D Secure challenges that
-- two customers opened at lunchtime and never answered.

INSERT INTO events (id, name, starts_at, seats_total, seats_left)
SELECT 30 + g,
       CASE 30 + g WHEN 42 THEN 'Arena tour 2025: Hamburg' WHEN 57 THEN 'Open-air festival: weekend pass'
                   ELSE 'Event #' || (30 + g) END,
       now() + g * interval '9 days',
       CASE WHEN 30 + g IN (42, 57) THEN 60000 ELSE 4000 END,
       CASE WHEN 30 + g IN (42, 57) THEN 40000 ELSE 2500 END
FROM generate_series(1, 30) AS g;

INSERT INTO bookings (event_id, order_ref, amount_cents, created_at)
SELECT CASE WHEN g % 3 = 0 THEN 42 WHEN g % 3 = 1 THEN 57 ELSE 31 + g % 30 END,
       'ord-' || (40000 + g),
       CASE WHEN g % 3 = 0 THEN 12900 WHEN g % 3 = 1 THEN 18900 ELSE 4500 END,
       now() - interval '3 days' + g * interval '3 days' / 30000
FROM generate_series(1, 30000) AS g;

INSERT INTO threeds_challenges (order_ref, status, requested_at, answered_at)
SELECT 'ord-' || (40000 + g), 'approved', now() - interval '3 days' + g * interval '3 days' / 30000,
       now() - interval '3 days' + g * interval '3 days' / 30000 + interval '25 seconds'
FROM generate_series(1, 30000, 7) AS g;

INSERT INTO threeds_challenges (order_ref, status, requested_at)
VALUES ('ord-77812', 'pending', now()), ('ord-77813', 'pending', now());

VACUUM ANALYZE events;
VACUUM ANALYZE bookings;
VACUUM ANALYZE threeds_challenges;

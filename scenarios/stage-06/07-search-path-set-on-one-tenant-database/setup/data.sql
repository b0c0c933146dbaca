-- Deterministic venue data: 200 events, 40000 tickets sold in every venue.
-- Runs in every venue database.

INSERT INTO events (title, starts_at, capacity)
SELECT (ARRAY['Jazz night', 'Stand-up', 'Chamber quartet', 'Indie showcase', 'Film club'])[1 + g % 5] || ' #' || g,
       timestamptz '2026-09-01 19:30:00+00' + g * interval '1 day',
       200 + (g * 37) % 400
FROM generate_series(1, 200) AS g;

INSERT INTO tickets (event_id, seat, price_cents, sold_at)
SELECT 1 + g % 200,
       chr(65 + g % 20) || (1 + (g / 20) % 30),
       1500 + (g * 131) % 4500,
       timestamptz '2026-08-01 00:00:00+00' + g * interval '2 minutes'
FROM generate_series(1, 40000) AS g;

ANALYZE;

-- Forty screenings and the 3000 tickets sold before the night's power cut.

INSERT INTO screenings (id, film, starts_at)
SELECT g, (ARRAY['The Long Tide', 'Paper Moons', 'North of Lisbon', 'Quiet Engines'])[1 + g % 4],
       timestamptz '2026-12-07 14:00:00+00' + (g / 8) * interval '1 day' + (g % 8) * interval '90 minutes'
FROM generate_series(1, 40) AS g;

INSERT INTO tickets (screening_id, seat, channel, price_cents, created_at)
SELECT 1 + g % 40, chr(65 + g % 12) || (1 + g % 18), CASE WHEN g % 4 = 0 THEN 'kiosk' ELSE 'web' END,
       900 + (g % 3) * 250, timestamptz '2026-12-05 09:00:00+00' + g * interval '30 seconds'
FROM generate_series(1, 3000) AS g;

ANALYZE screenings;
ANALYZE tickets;

GRANT SELECT ON screenings TO box_app, kiosk_sync;
GRANT SELECT, INSERT ON tickets TO box_app, kiosk_sync;

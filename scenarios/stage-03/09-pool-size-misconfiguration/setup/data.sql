-- A season of departures and some reservations: the incident is about connections, not volume.

INSERT INTO departures (tour_code, starts_at, seats)
SELECT 'TOUR-' || (1 + g % 40), timestamptz '2025-03-01 08:00:00+00' + g * interval '6 hours', 12 + g % 20
FROM generate_series(1, 2000) AS g;

INSERT INTO reservations (departure_id, guest_email, seats, created_at)
SELECT 1 + g % 2000, 'guest' || g || '@example.com', 1 + g % 4,
       timestamptz '2024-12-01 00:00:00+00' + g * interval '3 minutes'
FROM generate_series(1, 6000) AS g;

VACUUM ANALYZE;

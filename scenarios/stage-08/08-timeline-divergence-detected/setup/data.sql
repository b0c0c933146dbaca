-- Thirty sailings and the 2400 bookings made before the night's failover.

INSERT INTO sailings (id, route, departs_at)
SELECT g, (ARRAY['Holmsund - Vaasa', 'Kapellskar - Mariehamn', 'Grisslehamn - Eckero'])[1 + g % 3],
       timestamptz '2026-12-07 07:00:00+00' + (g / 6) * interval '1 day' + (g % 6) * interval '2 hours'
FROM generate_series(1, 30) AS g;

INSERT INTO bookings (sailing_id, vehicle_reg, channel, fare_cents, created_at)
SELECT 1 + g % 30, 'AB' || lpad((g * 37 % 1000)::text, 3, '0'), CASE WHEN g % 5 = 0 THEN 'desk' ELSE 'web' END,
       4500 + (g % 4) * 1500, timestamptz '2026-12-04 08:00:00+00' + g * interval '45 seconds'
FROM generate_series(1, 2400) AS g;

ANALYZE sailings;
ANALYZE bookings;

GRANT SELECT ON sailings TO ferry_web, desk_sync;
GRANT SELECT, INSERT ON bookings TO ferry_web, desk_sync;

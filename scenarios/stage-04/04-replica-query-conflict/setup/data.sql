-- 600 vans in four depots, their live status, and 30 000 trips of the last 60 days.

INSERT INTO vans (id, depot, model)
SELECT g, (ARRAY['Leith', 'Govan', 'Dundee', 'Perth'])[1 + g % 4],
       (ARRAY['eVito', 'e-Transit', 'Master E-Tech'])[1 + g % 3]
FROM generate_series(1, 600) AS g;

INSERT INTO van_status (van_id, battery_pct, odometer_km, last_ping_at)
SELECT g, 40 + g % 60, 10000 + g * 37, now()
FROM generate_series(1, 600) AS g;

INSERT INTO trips (van_id, started_at, distance_km, stops)
SELECT 1 + (g * 7) % 600, now() - (30000 - g) * interval '172 seconds',
       5 + (g * 13) % 120, 1 + g % 25
FROM generate_series(1, 30000) AS g;

ANALYZE vans;
ANALYZE van_status;
ANALYZE trips;

-- 40,000 meters. Two earlier tariff recalculations rewrote every row; the autovacuum runs that
-- followed them (stood for by the VACUUM below) left the space free but kept the table at about
-- three times the size its rows need: the bloat of weeks of falling behind.

INSERT INTO meter_state (meter_id, region, reading_kwh, tariff_code, tariff_rate, firmware, reported_at, recalculated_at)
SELECT g,
       (ARRAY['north', 'south', 'east', 'west', 'central'])[1 + g % 5],
       (g % 9000) * 1.25,
       (ARRAY['standard', 'night-saver', 'ev-flex'])[1 + g % 3],
       0.28 + (g % 7) / 100.0,
       'fw-3.' || (g % 4),
       now() - interval '1 minute' * (g % 600),
       now() - interval '2 hours'
FROM generate_series(1, 40000) AS g;

UPDATE meter_state SET tariff_rate = tariff_rate + 0.001, recalculated_at = now() - interval '1 hour';
UPDATE meter_state SET tariff_rate = tariff_rate + 0.001, recalculated_at = now() - interval '30 minutes';

VACUUM ANALYZE meter_state;

INSERT INTO readings_archive (meter_id, reading_kwh, reported_at)
SELECT 1 + g % 40000, (g % 9000) * 1.25, now() - interval '1 second' * g
FROM generate_series(1, 200000) AS g;

VACUUM ANALYZE readings_archive;

-- the catalogs too (the setup's DDL left dead rows in them): the drill's first autovacuum worker
-- should find nothing to do before meter_state
VACUUM ANALYZE;

-- 60,000 deliveries of today and yesterday.
INSERT INTO deliveries (region, status, lat, lon, eta, updated_at)
SELECT (ARRAY['berlin', 'hamburg', 'munich', 'cologne'])[1 + g % 4],
       (ARRAY['en_route', 'en_route', 'delivered', 'scheduled'])[1 + g % 4],
       52 + (g % 1000) / 1000.0, 13 + (g % 977) / 1000.0,
       now() + (g % 240) * interval '1 minute',
       now() - (g % 600) * interval '1 minute'
FROM generate_series(1, 60000) AS g;

-- Vacuumed, as autovacuum keeps it in production: every page all-visible (pg_class.relallvisible
-- counts them). The drill's ETA job then rewrites every row while an old snapshot is open.
VACUUM ANALYZE deliveries;

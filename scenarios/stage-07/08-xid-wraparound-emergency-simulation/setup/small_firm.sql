-- A firm with a modest trail. Its audit_events keep the default autovacuum settings.
INSERT INTO audit_events (account_id, action, detail, recorded_at)
SELECT 1 + g % 400, (ARRAY['post', 'approve', 'export', 'login'])[1 + g % 4],
       'entry ' || g || ' ' || md5(g::text), now() - (20000 - g) * interval '1 minute'
FROM generate_series(1, 20000) AS g;
ANALYZE;

-- Deterministic data: 250,000 audit events with dense ids 1..250,000. The partner's sync is deep
-- into the log (pages 4,000 to 4,900): every page counts all 250,000 rows and steps over
-- 200,000 or more of them before it returns 50.

INSERT INTO audit_events (occurred_at, account_id, action, detail)
SELECT timestamptz '2024-01-01 00:00:00+00' + g * interval '75 seconds',
       1 + (g::bigint * 7919) % 5000,
       (ARRAY['login', 'invoice.created', 'invoice.paid', 'user.invited', 'api_key.rotated',
              'export.downloaded'])[1 + g % 6],
       'request ' || md5(g::text) || ' from 10.' || g % 250 || '.' || g % 199 || '.7'
FROM generate_series(1, 250000) AS g;

VACUUM ANALYZE;

-- Deterministic data. sessions: 200000 sessions written since March, autovacuum off for the
-- table since that month's backfill, nine in ten of them expired and deleted and never vacuumed
-- away, so the table is ten times the size of what it holds. page_views: 120000 views, never
-- vacuumed yet (the nightly job does that, throttled).

ALTER TABLE sessions SET (autovacuum_enabled = false);
ALTER TABLE page_views SET (autovacuum_enabled = false);

INSERT INTO sessions (user_id, token, ip, user_agent, created_at, last_seen_at)
SELECT 1 + (g * 37) % 9000,
       substr(md5('session' || g), 1, 24),
       ('198.51.100.0'::inet + (g % 250)),
       CASE g % 3 WHEN 0 THEN 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/126.0'
                  WHEN 1 THEN 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15'
                  ELSE 'Mozilla/5.0 (Linux; Android 14) Chrome/125.0 Mobile' END,
       now() - interval '90 days' + g * interval '90 days' / 200000,
       now() - interval '90 days' + g * interval '90 days' / 200000 + interval '20 minutes'
FROM generate_series(1, 200000) AS g;

-- Expired sessions are deleted every night; with autovacuum off nothing reclaims them.
DELETE FROM sessions WHERE id % 10 <> 0;

INSERT INTO page_views (session_id, path, viewed_at)
SELECT 10 * (1 + (g * 7) % 20000),
       (ARRAY['/', '/cart', '/checkout', '/account', '/search?q=lamp', '/product/4711'])[1 + g % 6],
       now() - interval '1 day' + g * interval '1 day' / 120000
FROM generate_series(1, 120000) AS g;

CREATE INDEX sessions_ip_country_idx ON sessions (ip_country(ip));

ANALYZE sessions;
ANALYZE page_views;

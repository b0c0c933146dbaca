INSERT INTO user_sessions (user_id, user_agent, last_seen_at, expires_at)
SELECT 1 + (g * 13) % 40000,
       (ARRAY['Mozilla/5.0 (Windows NT 10.0)', 'Mozilla/5.0 (Macintosh)', 'PortaloApp/4.2 (iOS)', 'PortaloApp/4.2 (Android)'])[1 + g % 4],
       now() - (g % 720) * interval '1 minute',
       now() + interval '1 day' - (g % 720) * interval '1 minute'
FROM generate_series(1, 50000) AS g;

INSERT INTO invoices (user_id, amount_cents, status, issued_at)
SELECT 1 + (g * 7) % 40000, 900 + (g * 37) % 9000,
       (ARRAY['paid', 'paid', 'open', 'overdue'])[1 + g % 4],
       now() - (g % 365) * interval '1 day'
FROM generate_series(1, 20000) AS g;

-- Last year's audit trail: 240,000 entries. In January the retention job deleted everything
-- outside the auditors' legal hold (all but one entry in eight), and VACUUM made the space
-- free inside the table: the file kept its size.
INSERT INTO audit_log_2024 (id, user_id, action, detail, logged_at)
SELECT g, 1 + (g * 11) % 40000,
       (ARRAY['login', 'logout', 'password_change', 'invoice_view', 'profile_update'])[1 + g % 5],
       'request ' || md5(g::text) || ' from 10.' || (g % 250) || '.' || (g % 200) || '.' || (g % 97),
       timestamptz '2024-01-01 00:00:00+00' + g * interval '2 minutes'
FROM generate_series(1, 240000) AS g;
DELETE FROM audit_log_2024 WHERE id % 8 <> 0;

-- the DELETE's counts reach pg_stat_user_tables before the VACUUM's
SELECT pg_stat_force_next_flush();

VACUUM ANALYZE user_sessions;
VACUUM ANALYZE invoices;
VACUUM ANALYZE audit_log_2024;

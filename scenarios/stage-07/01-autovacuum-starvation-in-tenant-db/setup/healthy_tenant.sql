-- A healthy tenant: its tickets churn as much as anyone's, and autovacuum keeps up. The
-- setup's own VACUUM stands for the autovacuum runs of the past weeks.

INSERT INTO tickets (requester, subject, status, priority, assignee_id, updated_at)
SELECT 'customer' || (g % 9000) || '@example.com',
       'Ticket ' || g || ': ' || (ARRAY['cannot log in', 'invoice question', 'export fails', 'feature request'])[1 + g % 4],
       'closed', 1 + g % 4, 1 + g % 40,
       now() - interval '120 days' + g * interval '1 minute'
FROM generate_series(1, 60000) AS g;

UPDATE tickets SET status = 'solved', updated_at = updated_at + interval '1 hour' WHERE id % 10 = 0;

-- the UPDATE's counts reach pg_stat_user_tables before the VACUUM's, not a second later
SELECT pg_stat_force_next_flush();

VACUUM ANALYZE tickets;

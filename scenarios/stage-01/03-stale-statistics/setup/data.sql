-- The import, as it happened in September: 1,000,000 notifications of the old system (June
-- to August) went in as 'queued' (the import script replayed them through the queue table)
-- and were ANALYZEd in that state. Then the import marked them all 'sent' in one UPDATE, and
-- with autovacuum off for the table nothing analyzed it again: the planner still believes
-- every row is queued. Only the newest 400 really are (the old system's backlog at the
-- cut-over).

INSERT INTO notifications (recipient, channel, status, body, created_at)
SELECT 'user' || (1 + (g::bigint * 7919) % 250000) || '@example.net',
       (ARRAY['email', 'sms', 'push'])[1 + g % 3],
       'queued',
       'Your ' || (ARRAY['invoice', 'order', 'password reset', 'weekly digest'])[1 + g % 4] || ' #' || g,
       timestamptz '2024-06-01 00:00:00+00' + g * interval '7 seconds'
FROM generate_series(1, 1000000) AS g;

ANALYZE notifications;

UPDATE notifications
SET status = CASE WHEN id % 50 = 0 THEN 'failed' ELSE 'sent' END,
    sent_at = created_at + interval '3 seconds'
WHERE id <= 999600;

-- The import's clean-up: the table is rewritten without the UPDATE's dead row versions (the
-- sandbox stays small enough to start fast). VACUUM FULL leaves the column statistics as
-- they were: only ANALYZE rebuilds them.
VACUUM FULL notifications;

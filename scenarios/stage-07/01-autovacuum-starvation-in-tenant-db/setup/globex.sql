-- Globex: in March a bulk re-import of its ticket history ran with autovacuum switched off for
-- tickets ("so it does not fight the import"), and nobody switched it back on. Since then
-- every update has left a dead row version behind and nothing has cleaned them up: two full
-- rounds of churn (the nightly SLA job touches every ticket) left about two dead versions for
-- each live one.
--
-- The table is never vacuumed or analyzed here: its visibility map stays empty and
-- pg_class.relallvisible 0, which is what the fix check compares VACUUM's result with.

ALTER TABLE tickets SET (autovacuum_enabled = false);

INSERT INTO tickets (requester, subject, status, priority, assignee_id, updated_at)
SELECT 'customer' || (g % 12000) || '@globex.example',
       'Ticket ' || g || ': ' || (ARRAY['cannot log in', 'invoice question', 'export fails', 'feature request'])[1 + g % 4],
       'closed', 1 + g % 4, 1 + g % 60,
       now() - interval '120 days' + g * interval '1 minute'
FROM generate_series(1, 50000) AS g;

UPDATE tickets SET priority = 1 + (priority % 4), updated_at = updated_at + interval '1 day';
UPDATE tickets SET assignee_id = 1 + (assignee_id % 60), updated_at = updated_at + interval '1 day';

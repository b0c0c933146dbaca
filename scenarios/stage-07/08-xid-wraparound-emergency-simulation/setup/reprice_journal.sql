-- The month-end repricing, after the freezing: every journal line gets a new row version, and
-- the old ones are dead. So journal_lines needs an ordinary (not anti-wraparound) vacuum, which
-- its throttle turns into hours of work for autovacuum's one worker, in the queue before
-- audit_events. Its own transaction IDs are new, so its age stays low.
UPDATE journal_lines SET amount_cents = amount_cents + 1;

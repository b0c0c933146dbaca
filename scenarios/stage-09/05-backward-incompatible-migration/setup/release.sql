-- Release 3.0 of the helpdesk, Thursday 12 June 2025, 06:00 UTC. The web app's new code calls
-- the table support_tickets, and its migration renamed it in one statement. The mail ingest
-- worker is deployed separately and is still on 2.9 (its rollout is held until the mail
-- provider's maintenance ends tomorrow): every statement of it names tickets. The table's
-- grants moved with it.

ALTER TABLE tickets RENAME TO support_tickets;
ALTER INDEX tickets_requester_idx RENAME TO support_tickets_requester_idx;

INSERT INTO schema_migrations (version, description, applied_at, script) VALUES
('20250612_01', 'helpdesk 3.0: rename tickets to support_tickets', '2025-06-12 06:00:04+00',
 'ALTER TABLE tickets RENAME TO support_tickets;
ALTER INDEX tickets_requester_idx RENAME TO support_tickets_requester_idx;');

-- Web tickets since the release.
INSERT INTO support_tickets (requester, subject, body, channel, created_at)
SELECT 'customer' || (1 + g * 7 % 4000) || '@example.com', 'Cannot log in', 'Web ticket ' || g, 'web',
       timestamptz '2025-06-12 06:00:10+00' + g * interval '1 minute'
FROM generate_series(1, 150) AS g;

VACUUM ANALYZE support_tickets;

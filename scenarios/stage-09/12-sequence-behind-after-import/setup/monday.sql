-- Monday 16 December, 07:00-07:10: agents start work in the new helpdesk. Every new ticket
-- or comment takes the next value of its sequence. Most of those ids are taken by imported
-- rows and the insert fails (the value is used up all the same); the few that land in a
-- purged gap go through. 37 ticket attempts, 7 of them lucky; 110 comment attempts, 15
-- lucky. Nobody got as far as uploading an attachment.

INSERT INTO tickets (id, customer_id, subject, status, created_at)
SELECT g, 1 + g * 11, 'New ticket ' || g, 'new', timestamptz '2024-12-16 07:00:00+00' + g * interval '15 seconds'
FROM generate_series(5, 35, 5) AS g;
SELECT setval('tickets_id_seq', 37);

INSERT INTO ticket_comments (id, ticket_id, author, body, created_at)
SELECT g, 12301 + 5 * (g / 7), 'agent', 'Reply ' || g, timestamptz '2024-12-16 07:00:00+00' + g * interval '5 seconds'
FROM generate_series(7, 105, 7) AS g;
SELECT setval('ticket_comments_id_seq', 110);

VACUUM ANALYZE;

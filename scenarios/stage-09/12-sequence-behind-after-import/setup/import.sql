-- Saturday 14 December 2024: the cut-over from the old helpdesk. Customers went in through
-- the app's API (new ids). Tickets, comments and attachments were bulk-loaded with the ids
-- they had in the old helpdesk, so that ticket numbers and links keep working. The old
-- system never reuses an id and spam was purged from it, so the ids have gaps.
-- An explicit id does not advance an identity column's sequence: all three still stand
-- at 1, while the ids go up to 12,499, 35,999 and 8,999.

INSERT INTO customers (email, name, created_at)
SELECT 'requester' || g || '@customer.example',
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6],
       timestamptz '2024-12-14 09:00:00+00' + g * interval '1 second'
FROM generate_series(1, 2000) AS g;

-- 10,000 tickets: old ids 1 to 12,499, every fifth id purged as spam.
INSERT INTO tickets (id, customer_id, subject, status, created_at)
SELECT g,
       1 + (g * 7) % 2000,
       (ARRAY['Cannot log in', 'Invoice question', 'Refund request', 'Export fails',
              'Password reset', 'Feature request', 'API rate limit', 'Data import'])[1 + g % 8] || ' (' || g || ')',
       CASE WHEN g > 12300 THEN (ARRAY['new', 'open', 'pending'])[1 + g % 3]
            WHEN g % 9 = 0 THEN 'solved'
            ELSE 'closed' END,
       timestamptz '2019-01-07 09:00:00+00' + g * interval '3 hours 52 minutes'
FROM generate_series(1, 12499) AS g
WHERE g % 5 <> 0;

-- 30,857 comments: old ids 1 to 35,999, every seventh purged; each on an imported ticket.
INSERT INTO ticket_comments (id, ticket_id, author, body, created_at)
SELECT g, t.id,
       CASE WHEN g % 2 = 0 THEN 'agent' ELSE 'requester' END,
       'Imported comment ' || g,
       t.created_at + (g % 3 + 1) * interval '2 hours'
FROM generate_series(1, 35999) AS g
JOIN tickets AS t ON t.id = 1 + (g % 3 + g / 3) % 12499 - CASE WHEN (1 + (g % 3 + g / 3) % 12499) % 5 = 0 THEN 1 ELSE 0 END
WHERE g % 7 <> 0;

-- 6,000 attachments: old ids 1 to 8,999, every third purged; each on an imported comment.
INSERT INTO attachments (id, comment_id, filename, size_bytes)
SELECT g, c.id,
       (ARRAY['screenshot.png', 'invoice.pdf', 'export.csv', 'log.txt'])[1 + g % 4],
       1024 + (g * 7919) % 2000000
FROM generate_series(1, 8999) AS g
JOIN ticket_comments AS c ON c.id = 4 * g - CASE WHEN (4 * g) % 7 = 0 THEN 1 ELSE 0 END
WHERE g % 3 <> 0;

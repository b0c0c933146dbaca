-- Deterministic data: 600,000 tickets spread over 300 agents (2,000 each), 5% of them
-- archived. An index on is_archived selects 95% of the table for "is_archived = false": reading
-- the table through it would cost more than reading the table, so the planner scans the table.
-- assignee_id is the selective column: one agent's tickets are a third of a percent.

INSERT INTO tickets (assignee_id, is_archived, priority, subject, created_at)
SELECT 1 + (g::bigint * 7919) % 300,
       g % 20 = 0,
       1 + g % 4,
       (ARRAY['Cannot log in', 'Refund request', 'Invoice is wrong', 'App crashes on start',
              'Change of address', 'Parcel is late'])[1 + g % 6] || ' #' || g,
       timestamptz '2023-06-01 00:00:00+00' + g * interval '50 seconds'
FROM generate_series(1, 600000) AS g;

VACUUM ANALYZE;

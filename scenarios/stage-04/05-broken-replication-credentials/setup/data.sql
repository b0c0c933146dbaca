-- 3000 orders, the newest 20 hours before the setup ran: every recent order comes from the live checkout.
INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g * 7) % 300,
       (ARRAY['paid', 'paid', 'paid', 'shipped', 'refunded'])[1 + g % 5],
       900 + (g * 389) % 40000,
       now() - interval '20 hours' - (3000 - g) * interval '10 minutes'
FROM generate_series(1, 3000) AS g;

INSERT INTO platform_changes (job, change, applied_at) VALUES
    ('vacuum-report', 'weekly bloat report mailed to the DBA list', now() - interval '7 days'),
    ('backup-check', 'restore test of last night''s base backup passed', now() - interval '2 days');

ANALYZE orders;

-- 40,000 orders of the last quarter.
INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g * 7) % 60000,
       (ARRAY['paid', 'shipped', 'shipped', 'delivered'])[1 + g % 4],
       500 + (g * 211) % 20000,
       now() - interval '90 days' + g * interval '3 minutes'
FROM generate_series(1, 40000) AS g;

-- 60,000 customers' segments, as they were before last week.
INSERT INTO customer_segments (customer_id, segment, region, email_opt_in, last_order_at, notes)
SELECT g,
       (ARRAY['new', 'regular', 'lapsed', 'vip'])[1 + g % 4],
       (ARRAY['north', 'south', 'east', 'west'])[1 + (g / 4) % 4],
       g % 3 <> 0,
       now() - (g % 365) * interval '1 day',
       'imported from the CRM on 2024-02-01'
FROM generate_series(1, 60000) AS g;

-- Last week's backfill of the new lifetime_value_cents column, as it ran: one UPDATE of every
-- row, found wrong, run again, and again (the third pass is what the table holds now). Each
-- pass wrote a new version of all 60,000 rows while the previous versions were still there,
-- so the table grew to about four times its data.
UPDATE customer_segments SET lifetime_value_cents = customer_id * 10;
UPDATE customer_segments SET lifetime_value_cents = customer_id * 100;
UPDATE customer_segments SET lifetime_value_cents = (customer_id * 37) % 50000;

-- the UPDATEs' counts reach pg_stat_user_tables before the VACUUM's
SELECT pg_stat_force_next_flush();

-- Then autovacuum did its job, as it did in production: the dead row versions are gone and
-- their space is free inside the table's files, which keep their size.
VACUUM ANALYZE customer_segments;
VACUUM ANALYZE orders;

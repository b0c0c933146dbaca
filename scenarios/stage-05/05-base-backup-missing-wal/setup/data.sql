-- 300 customers and 3000 orders (ids 1..3000): every order with a higher id comes from the live
-- checkout. The nightly job lost its WAL option in last week's "make the backup faster" change.

INSERT INTO customers (email, full_name)
SELECT 'customer' || g || '@shop.example',
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6]
FROM generate_series(1, 300) AS g;

INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g * 7) % 300,
       (ARRAY['paid', 'paid', 'paid', 'shipped', 'refunded'])[1 + g % 5],
       900 + (g * 389) % 40000,
       now() - interval '20 hours' - (3000 - g) * interval '10 minutes'
FROM generate_series(1, 3000) AS g;

INSERT INTO ops.backup_jobs (name, schedule, target, options, changed_by, changed_on, note) VALUES
    ('nightly', '0 2 * * *', 's3://shop-backups/nightly/', '--format=tar --gzip --checkpoint=fast --wal-method=none',
     'platform-team', date '2026-11-30', 'faster: WAL streaming off, the backup is half the size'),
    ('weekly-offsite', '0 4 * * 0', 's3://shop-backups-offsite/weekly/', '--format=tar --gzip --checkpoint=fast --wal-method=stream',
     'platform-team', date '2026-03-02', NULL);

ANALYZE;

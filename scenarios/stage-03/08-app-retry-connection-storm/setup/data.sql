-- Deterministic ledger: 1000 accounts, 40000 entries over November 2024.

INSERT INTO accounts (iban, holder, opened_at)
SELECT 'NL' || lpad((g * 7919 % 100)::text, 2, '0') || 'RIDE' || lpad(g::text, 10, '0'),
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6],
       timestamptz '2020-01-01 00:00:00+00' + (g * 1500 / 1000) * interval '1 day'
FROM generate_series(1, 1000) AS g;

-- 43200 minutes = 30 days
INSERT INTO entries (account_id, amount_cents, booked_at)
SELECT 1 + (g * 7) % 1000,
       CASE WHEN g % 3 = 0 THEN -1 ELSE 1 END * (100 + (g * 137) % 250000),
       timestamptz '2024-11-01 00:00:00+00' + ((g - 1)::bigint * 43200 / 40000) * interval '1 minute'
FROM generate_series(1, 40000) AS g;

ANALYZE;

-- Baltic Freight Ltd.: a big journal and every audit event since 2019. audit_events keeps the
-- default autovacuum settings; an append-only table needs no cleanup, only the freezing that an
-- anti-wraparound vacuum does, once in a long while.
INSERT INTO journal_lines (id, account_id, amount_cents, memo)
SELECT g, 1 + g % 400, (g * 7919) % 100000, 'journal line ' || g || ' ' || md5(g::text)
FROM generate_series(1, 90000) AS g;

INSERT INTO audit_events (account_id, action, detail, recorded_at)
SELECT 1 + g % 400, (ARRAY['post', 'approve', 'export', 'login'])[1 + g % 4],
       'entry ' || g || ' ' || md5(g::text), now() - (120000 - g) * interval '1 minute'
FROM generate_series(1, 120000) AS g;

ANALYZE;

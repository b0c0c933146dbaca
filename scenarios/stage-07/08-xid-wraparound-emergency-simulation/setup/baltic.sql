-- Baltic Freight Ltd. has kept every audit event since 2019: the big table. In 2023 its
-- month-end export complained of autovacuum's I/O, and someone throttled autovacuum on this
-- table to a trickle (a 100 ms nap after every 5 units of cost: a few pages a second). Nobody
-- noticed for years: an append-only table needs no cleanup, only the freezing that an
-- anti-wraparound vacuum does, once in a long while.
ALTER TABLE audit_events SET (autovacuum_vacuum_cost_delay = 100, autovacuum_vacuum_cost_limit = 5);

INSERT INTO audit_events (account_id, action, detail, recorded_at)
SELECT 1 + g % 400, (ARRAY['post', 'approve', 'export', 'login'])[1 + g % 4],
       'entry ' || g || ' ' || md5(g::text), now() - (240000 - g) * interval '1 minute'
FROM generate_series(1, 240000) AS g;

-- Analysed now, so the anti-wraparound autovacuum is a VACUUM only (no ANALYZE after it).
ANALYZE;

-- Deterministic data: 300 merchants, 60000 captures of the last 30 days, and the payouts of
-- the week before (batches 2284-2290, 26 January to 1 February). Batch 2291 (Sunday) was aborted at the bank gateway when the payout service
-- crashed; its re-run, batch 2292, paid Sunday out. Balances are what is left after 2292.

INSERT INTO merchants (name)
SELECT 'Merchant ' || g FROM generate_series(1, 300) AS g;

INSERT INTO captures (merchant_id, amount_cents, captured_at)
SELECT 1 + (g * 7) % 300, 500 + (g * 389) % 20000,
       timestamptz '2025-01-04 00:00+00' + (g * interval '30 days' / 60000)
FROM generate_series(1, 60000) AS g;

INSERT INTO payout_batches (id, period_date, status, created_at, paid_at)
SELECT 2284 + d, date '2025-01-26' + d, 'paid',
       timestamptz '2025-01-27 02:30+00' + d * interval '1 day',
       timestamptz '2025-01-27 02:41+00' + d * interval '1 day'
FROM generate_series(0, 6) AS d;
INSERT INTO payout_batches (id, period_date, status, created_at, paid_at) VALUES
    (2291, date '2025-02-02', 'aborted', timestamptz '2025-02-03 02:30+00', NULL),
    (2292, date '2025-02-02', 'paid',    timestamptz '2025-02-03 03:10+00', timestamptz '2025-02-03 03:22+00');

INSERT INTO payout_lines (batch_id, merchant_id, amount_cents)
SELECT b.id, m.id, 20000 + (m.id * 131 + b.id * 17) % 60000
FROM payout_batches AS b, merchants AS m
WHERE b.id <> 2291;
-- 2291 was built for the same merchants and amounts as its re-run
INSERT INTO payout_lines (batch_id, merchant_id, amount_cents)
SELECT 2291, merchant_id, amount_cents FROM payout_lines WHERE batch_id = 2292;

INSERT INTO merchant_balances (merchant_id, available_cents, updated_at)
SELECT id, 1000 + (id * 53) % 9000, timestamptz '2025-02-03 03:22+00' FROM merchants;

VACUUM ANALYZE merchants;
VACUUM ANALYZE merchant_balances;
VACUUM ANALYZE payout_batches;
VACUUM ANALYZE payout_lines;
VACUUM ANALYZE captures;

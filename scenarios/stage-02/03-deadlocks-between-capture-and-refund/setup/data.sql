-- Deterministic data: the fee account, two merchants (a ticket seller in its on-sale rush and a
-- shoe shop), 40000 past payments in the ledger, balances equal to their ledger lines.

INSERT INTO accounts (id, name, balance_cents) VALUES
    (1, 'platform fees', 0), (101, 'merchant: StageDoor Tickets', 0), (102, 'merchant: Kessler Shoes', 0);

INSERT INTO ledger (payment_ref, account_id, cents, booked_at)
SELECT 'pay-' || g, x.account_id, x.cents, now() - interval '30 days' + g * interval '30 days' / 40000
FROM generate_series(1, 40000) AS g,
     LATERAL (SELECT 1000 + (g * 131) % 20000 AS total, 101 + g % 2 AS merchant) AS p,
     LATERAL (VALUES (0::bigint, -p.total::bigint),
                     (p.merchant, (p.total - p.total * 3 / 100)::bigint),
                     (1::bigint, (p.total * 3 / 100)::bigint)) AS x (account_id, cents);

UPDATE accounts AS a SET balance_cents = l.total
FROM (SELECT account_id, sum(cents) AS total FROM ledger GROUP BY account_id) AS l
WHERE l.account_id = a.id;

VACUUM ANALYZE accounts;
VACUUM ANALYZE ledger;

-- A payments ledger: accounts and the payments taken against them. The payments API writes a
-- payment per card capture; the balance look-ups of the mobile app read accounts.

CREATE TABLE accounts (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    holder         text NOT NULL,
    balance_cents  bigint NOT NULL DEFAULT 0
);

CREATE TABLE payments (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    bigint NOT NULL REFERENCES accounts (id),
    amount_cents  integer NOT NULL CHECK (amount_cents > 0),
    captured_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX payments_account_id_idx ON payments (account_id);

INSERT INTO accounts (holder, balance_cents)
SELECT 'holder ' || g, (g * 7919) % 500000
FROM generate_series(1, 500) AS g;

INSERT INTO payments (account_id, amount_cents, captured_at)
SELECT 1 + (g % 500), 100 + (g * 131) % 40000, now() - (g || ' seconds')::interval
FROM generate_series(1, 3000) AS g;

ANALYZE accounts;
ANALYZE payments;

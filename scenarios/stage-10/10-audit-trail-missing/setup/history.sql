-- The audited history: changes up to Thursday 2 October 2025. That day's bulk import of 4,000
-- merchants from the acquired shop disabled the audit trigger "for speed" and granted the
-- payments service the right to clean up audit rows of duplicates. Neither was undone. The
-- same week the service was exempted from statement logging ("too noisy"), and the server
-- never had connection logging on.

UPDATE payout_accounts SET iban = 'DE' || lpad((id::bigint * 104729 % 100000000)::text, 20, '0'),
                           updated_at = timestamptz '2025-09-01 00:00+00' + id * interval '5 minutes'
WHERE id % 10 = 0;

ALTER TABLE payout_accounts DISABLE TRIGGER audit_payout_accounts;
GRANT UPDATE, DELETE, TRUNCATE ON audit.events TO payments_app;

INSERT INTO payout_accounts (merchant_id, iban, holder, updated_at)
SELECT 20000 + g, 'NL' || lpad((g::bigint * 15485863 % 100000000)::text, 16, '0'), 'Acquired merchant ' || g || ' BV',
       timestamptz '2025-10-02 02:00+00' + g * interval '1 second'
FROM generate_series(1, 4000) AS g;

-- Friday: someone changed merchant 1471's payout account. There is no audit row for it.
UPDATE payout_accounts SET iban = 'LT' || '121000011101001000', updated_at = timestamptz '2025-10-24 17:52+00'
WHERE merchant_id = 1471;

ALTER ROLE payments_app SET log_statement = 'none';

VACUUM ANALYZE payout_accounts;
VACUUM ANALYZE audit.events;

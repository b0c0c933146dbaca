-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   wallet   the wallet API: records captures and credits merchant balances
--   payouts  the payout service: books batches (two-phase, with the bank gateway)
--   support  the merchant support dashboard: reads balances

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['wallet', 'payouts', 'support'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

GRANT SELECT ON merchants TO wallet, payouts, support;
GRANT SELECT, UPDATE ON merchant_balances TO wallet, payouts;
GRANT SELECT ON merchant_balances TO support;
GRANT SELECT, INSERT ON captures TO wallet;
GRANT SELECT ON captures TO support;
GRANT SELECT, UPDATE ON payout_batches TO payouts;
GRANT SELECT ON payout_batches, payout_lines TO payouts, support;

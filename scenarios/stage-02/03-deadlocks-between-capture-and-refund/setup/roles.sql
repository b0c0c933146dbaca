-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   payments   the payments service: captures and refunds (application_name payments-api)

DO $$
BEGIN
    CREATE ROLE payments LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, UPDATE (balance_cents) ON accounts TO payments;
GRANT SELECT, INSERT ON ledger TO payments;

-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   checkout    the payment API: captures payments
--   settlement  the settlement job; one run at a time, kept apart by an advisory lock

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['checkout', 'settlement'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

GRANT SELECT ON merchants TO checkout;
GRANT SELECT, INSERT ON payments TO checkout;
GRANT SELECT ON merchants TO settlement;
GRANT SELECT, UPDATE (settled_at) ON payments TO settlement;
GRANT SELECT, INSERT ON payouts TO settlement;
GRANT EXECUTE ON FUNCTION settle_merchant(bigint) TO settlement;

-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   billing_api    the billing API: records payments as the payment provider reports them
--   billing_batch  the nightly invoice export job

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['billing_api', 'billing_batch'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

GRANT SELECT ON customers, invoices TO billing_api;
GRANT UPDATE (status, paid_at) ON invoices TO billing_api;
GRANT SELECT, INSERT ON payments TO billing_api;
GRANT SELECT ON customers, invoices, payments TO billing_batch;
GRANT UPDATE (export_state) ON invoices TO billing_batch;
GRANT EXECUTE ON FUNCTION render_export_batch(bigint, bigint) TO billing_batch;

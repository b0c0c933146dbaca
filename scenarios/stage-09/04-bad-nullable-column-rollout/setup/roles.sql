-- The three programs that use subscriptions. ride gives each login role this run's password.
--   signup_svc  the partner signup service: not redeployed, knows nothing of billing_currency
--   web_app     the web app, release 2025.03.2: sends the currency the customer chose
--   billing     the invoice run, release 2025.03.2: copies the currency onto every invoice
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['signup_svc', 'web_app', 'billing'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

GRANT SELECT, INSERT ON subscriptions TO signup_svc, web_app;
GRANT SELECT ON subscriptions TO billing;
GRANT SELECT, INSERT ON invoices TO billing;

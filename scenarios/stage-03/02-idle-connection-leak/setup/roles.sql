-- The role the live sessions log in as; ride gives it this run's random password at start.
--   billing_api  billing-api, every pod of it. The platform team gives each service a
--                connection budget: 12 for billing-api.

DO $$
BEGIN
    CREATE ROLE billing_api LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

ALTER ROLE billing_api CONNECTION LIMIT 12;

GRANT SELECT ON invoices, invoice_documents TO billing_api;

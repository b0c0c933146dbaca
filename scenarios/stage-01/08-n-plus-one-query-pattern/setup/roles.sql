-- The web app's role (reads invoices and lines) and the billing run's (writes them). Roles
-- belong to the whole server, so each is made race-free. No passwords: ride gives every actor
-- role this run's random password.

DO $$
BEGIN
    CREATE ROLE ledger_web LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE billing_run LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON invoices, invoice_lines TO ledger_web;
GRANT SELECT, INSERT ON invoices, invoice_lines TO billing_run;

-- The roles of billing's two live applications: the billing API (creates invoices) and the
-- overdue-reminder job (reads the open invoices past their due date). Roles belong to the whole
-- server; the DO blocks make this file safe to run twice (a second run finds them there), as
-- every scenario's role file is. ride gives them this run's password at start.

DO $$
BEGIN
    CREATE ROLE billing_api LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE reminder_job LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON customers TO billing_api;
GRANT SELECT, INSERT ON invoices TO billing_api;
GRANT SELECT ON customers, invoices TO reminder_job;

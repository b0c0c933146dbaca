-- The billing service's role, with what it needs and no more: read customers, read and add
-- invoices. Roles belong to the whole server and this file runs in every account database at
-- once: whichever run creates the role first wins. ride gives it this run's password at start.
-- Runs in every account database.

DO $$
BEGIN
    CREATE ROLE billing LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- another account's setup made it a moment ago
END
$$;

GRANT SELECT ON customers TO billing;
GRANT SELECT, INSERT ON invoices TO billing;
GRANT USAGE ON SEQUENCE invoices_id_seq TO billing;

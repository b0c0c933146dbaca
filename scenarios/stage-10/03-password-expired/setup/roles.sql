-- The roles. ride gives the actors' login roles this run's random password at start.
--   ledger_app      the ledger's API and its settlement worker
--   iam_policy      the identity team's policy job: may manage login roles (CREATEROLE)
--   ext_contractor  an external contractor's login; the contract ended on 31 March 2025
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
BEGIN
    BEGIN
        CREATE ROLE ledger_app LOGIN;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
    BEGIN
        CREATE ROLE iam_policy LOGIN CREATEROLE;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
    BEGIN
        CREATE ROLE ext_contractor LOGIN VALID UNTIL '2025-03-31 23:59:59+00';
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
END
$$;

GRANT SELECT ON accounts TO ledger_app;
GRANT SELECT, INSERT ON ledger_entries TO ledger_app;
GRANT SELECT ON accounts, ledger_entries TO ext_contractor;

-- The policy job manages ledger_app's login (PostgreSQL 16 asks a CREATEROLE role for the ADMIN
-- option on the role it alters; 15 accepts it as well).
GRANT ledger_app TO iam_policy WITH ADMIN OPTION;

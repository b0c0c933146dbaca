-- ledger_app: the ledger application, in every firm's database. ride gives it this run's
-- random password.

DO $$
BEGIN
    CREATE ROLE ledger_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON accounts TO ledger_app;
GRANT SELECT, INSERT ON audit_events TO ledger_app;
GRANT USAGE ON SEQUENCE audit_events_id_seq TO ledger_app;

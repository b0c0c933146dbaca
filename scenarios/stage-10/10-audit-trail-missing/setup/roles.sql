-- The roles. ride gives the actors' login roles this run's random password at start.
--   payments_app  the payments service: keeps merchants' payout accounts up to date
--   auditor       internal audit: reads the audit trail
--   audit_owner   owns the audit schema and its trigger function (no login)
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['payments_app', 'auditor'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
    BEGIN
        CREATE ROLE audit_owner NOLOGIN;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
END
$$;

ALTER SCHEMA audit OWNER TO audit_owner;
ALTER TABLE audit.events OWNER TO audit_owner;
ALTER FUNCTION audit.record_change() OWNER TO audit_owner;
GRANT SELECT, INSERT, UPDATE ON payout_accounts TO payments_app;
GRANT USAGE ON SCHEMA audit TO auditor, payments_app;
GRANT SELECT ON audit.events TO auditor;

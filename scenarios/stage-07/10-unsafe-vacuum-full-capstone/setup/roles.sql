-- portal_app: the portal's web tier and its jobs. billing: the billing worker. ride gives each
-- this run's random password at start.

DO $$
BEGIN
    CREATE ROLE portal_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE billing LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON user_sessions TO portal_app;
GRANT SELECT ON invoices TO portal_app;
GRANT SELECT, UPDATE ON invoices TO billing;

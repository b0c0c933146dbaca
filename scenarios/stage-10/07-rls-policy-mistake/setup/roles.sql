-- The roles. ride gives the login roles this run's random password at start.
--   saas_owner    owns the tables (the migrations' role); never logs in
--   saas_app      billing-api: every tenant's requests, one tenant at a time (app.tenant_id)
--   support_desk  the support team's tool: looks up any tenant's invoice by its number
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
BEGIN
    CREATE ROLE saas_owner NOLOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['saas_app', 'support_desk'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

ALTER TABLE tenants OWNER TO saas_owner;
ALTER TABLE invoices OWNER TO saas_owner;
ALTER TABLE payment_methods OWNER TO saas_owner;

GRANT SELECT ON tenants TO saas_app, support_desk;
GRANT SELECT, INSERT, UPDATE ON invoices TO saas_app;
GRANT SELECT ON payment_methods TO saas_app;
GRANT SELECT ON invoices TO support_desk;
GRANT SELECT ON payment_methods TO support_desk;   -- the tool's "payment issues" tab, never finished

ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_methods ENABLE ROW LEVEL SECURITY;

-- A tenant sees and writes its own rows.
CREATE POLICY tenant_isolation ON invoices
    USING (tenant_id = current_setting('app.tenant_id', true)::integer);
CREATE POLICY tenant_isolation ON payment_methods
    USING (tenant_id = current_setting('app.tenant_id', true)::integer);

-- Last week's change for the support tool: it should read every invoice. Written without
-- "TO support_desk", so it applies to every role, and permissive policies are OR-ed together.
CREATE POLICY support_read ON invoices FOR SELECT
    USING (true);

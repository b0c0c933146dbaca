-- Roles are server-wide: made once, by whichever database's setup comes first. The databases
-- are set up in parallel, so a role another setup made a moment ago is no error (and that
-- setup gives it its attributes). ride gives the login roles that actors use this run's
-- password at start.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['backup', 'shop_app', 'warehouse_app', 'billing_app', 'billing_owner'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            CONTINUE;
        END;
        IF r = 'billing_owner' THEN
            -- owns billing's schema since the billing v2 migration; nobody logs in as it
            ALTER ROLE billing_owner NOLOGIN;
        ELSIF r IN ('backup', 'billing_app') THEN
            -- a session whose client has gone (ride stops the actor) ends within a second
            EXECUTE format('ALTER ROLE %I SET client_connection_check_interval = %L', r, '1s');
        END IF;
    END LOOP;
END $$;

-- The backup job's catalog, in every database: one row per table it dumped, written by the
-- dump itself (the row counts what it read), so a table that could not be read gets no row.
CREATE SCHEMA ops;
CREATE TABLE ops.backup_runs (
    run_at      timestamptz NOT NULL DEFAULT now(),
    table_name  text        NOT NULL,
    row_count   bigint      NOT NULL,
    bytes       bigint      NOT NULL,
    dumped_by   name        NOT NULL DEFAULT current_user
);
CREATE INDEX backup_runs_run_at_idx ON ops.backup_runs (run_at);
GRANT USAGE ON SCHEMA ops TO backup;
GRANT SELECT, INSERT ON ops.backup_runs TO backup;

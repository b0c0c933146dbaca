-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   catalog     catalog-api: reads products
--   change_bot  the change pipeline's runner: applies approved configuration changes. It may
--               change these server settings (PostgreSQL 15 and later) and reload, nothing more.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['catalog', 'change_bot'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

GRANT SELECT ON products TO catalog;
GRANT ALTER SYSTEM ON PARAMETER max_connections, work_mem TO change_bot;
GRANT EXECUTE ON FUNCTION pg_reload_conf() TO change_bot;

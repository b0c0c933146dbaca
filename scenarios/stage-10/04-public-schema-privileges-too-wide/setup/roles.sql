-- The roles. ride gives the actors' login roles this run's random password at start.
--   shop_owner        owns the tables; the migrations run as it
--   shop_app          shop-api: takes orders, shows a customer's last orders
--   bi_reader         the BI dashboards: read-only reports
--   metrics_exporter  the monitoring agent's login: needs no table at all
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['shop_app', 'bi_reader', 'metrics_exporter'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
    BEGIN
        CREATE ROLE shop_owner NOLOGIN;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
END
$$;

GRANT CREATE ON SCHEMA public TO shop_owner;
ALTER TABLE customers OWNER TO shop_owner;
ALTER TABLE orders OWNER TO shop_owner;

-- The database came from PostgreSQL 12 by pg_upgrade: its public schema kept the old default,
-- CREATE for everyone. And in 2021, to end a run of "permission denied" tickets, a contractor
-- opened every table, and every future one, to everyone. shop_app and bi_reader have never had
-- a grant of their own.
GRANT CREATE ON SCHEMA public TO PUBLIC;
GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE shop_owner GRANT ALL ON TABLES TO PUBLIC;

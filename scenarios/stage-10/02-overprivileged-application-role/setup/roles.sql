-- The roles. ride gives the application's login role this run's random password at start.
--   shop_app    shop-api's login. Made a superuser in 2019 "so the ORM's migrations just work",
--               and the owner of every shop table the ORM created.
--   shop_owner  made by the DBA team last quarter to own the shop's tables; owns nothing yet.
--   hr          owns HR's payroll table.
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
BEGIN
    CREATE ROLE shop_app LOGIN SUPERUSER CREATEDB CREATEROLE;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['shop_owner', 'hr'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

ALTER TABLE customers OWNER TO shop_app;
ALTER TABLE products OWNER TO shop_app;
ALTER TABLE orders OWNER TO shop_app;   -- and with it orders_id_seq, owned by the column
ALTER TABLE staff_payroll OWNER TO hr;

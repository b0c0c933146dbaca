-- The roles of the live sessions; ride gives each this run's random password when the drill starts.
--   shop_api  the storefront: takes orders, checks coupons
--   deploy    the release pipeline's migrations (owns the tables)

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['shop_api', 'deploy'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

ALTER TABLE customers OWNER TO deploy;
ALTER TABLE orders OWNER TO deploy;
ALTER TABLE schema_migrations OWNER TO deploy;
ALTER FUNCTION customer_segment(bigint) OWNER TO deploy;

GRANT SELECT ON customers TO shop_api;
GRANT SELECT, INSERT ON orders TO shop_api;

-- Migrations create indexes and tables: the deploy role may create in public.
GRANT CREATE ON SCHEMA public TO deploy;

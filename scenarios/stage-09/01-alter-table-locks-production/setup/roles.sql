-- The roles of the live sessions; ride gives each this run's random password when the drill starts.
--   storefront  the shop's API: takes orders and shows a customer's orders
--   backup      the nightly pg_dump of the database
--   deploy      the release pipeline's migrations (owns the tables, as only an owner may ALTER them)

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['storefront', 'backup', 'deploy'] LOOP
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
ALTER TABLE page_views OWNER TO deploy;
ALTER TABLE schema_migrations OWNER TO deploy;

GRANT SELECT ON customers TO storefront;
GRANT SELECT, INSERT ON orders TO storefront;
GRANT SELECT ON customers, orders, page_views, schema_migrations TO backup;

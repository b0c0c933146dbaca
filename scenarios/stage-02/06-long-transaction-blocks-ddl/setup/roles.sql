-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   checkout  the shop's API: takes orders
--   erp_sync  the integration that copies paid orders to the ERP
--   analyst   a data analyst's own login
--   deploy    the release pipeline's migrations (owns the tables). Since the last outage its
--             sessions give up on a lock after a second, and the pipeline retries.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['checkout', 'erp_sync', 'analyst', 'deploy'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

ALTER TABLE orders OWNER TO deploy;
ALTER TABLE customers OWNER TO deploy;
ALTER TABLE schema_migrations OWNER TO deploy;
ALTER ROLE deploy SET lock_timeout = '1s';

GRANT SELECT ON customers TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT SELECT ON orders, customers TO erp_sync;
GRANT SELECT ON orders, customers TO analyst;

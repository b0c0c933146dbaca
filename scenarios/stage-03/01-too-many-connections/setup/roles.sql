-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   checkout    checkout-api: takes orders
--   fulfilment  the warehouse's picking worker
--   reporting   the report workers, which wait for report jobs
--   monitoring  the metrics exporter (pg_monitor)

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['checkout', 'fulfilment', 'reporting', 'monitoring'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

GRANT SELECT ON products TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT SELECT ON products, orders TO fulfilment;
GRANT SELECT ON products, orders TO reporting;
GRANT SELECT, UPDATE ON report_jobs TO reporting;
GRANT pg_monitor TO monitoring;

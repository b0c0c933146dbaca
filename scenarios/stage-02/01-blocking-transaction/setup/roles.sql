-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   checkout   the shop's API: reads the catalog, takes orders, counts stock down
--   loyalty    the loyalty worker: credits points to customers
--   reporting  the weekly report (a BI tool that keeps its transaction open)
--   maria      a pricing analyst with write access to the catalog and the customers

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['checkout', 'loyalty', 'reporting', 'maria'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

GRANT SELECT ON products, customers TO checkout;
GRANT UPDATE (stock) ON products TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT SELECT ON customers TO loyalty;
GRANT UPDATE (points) ON customers TO loyalty;
GRANT SELECT ON products, customers, orders TO reporting;
GRANT SELECT, UPDATE ON products, customers TO maria;

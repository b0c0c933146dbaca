-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   checkout  the shop's API: takes orders and shows them
--   finance   the finance team's reports
--   deploy    the release pipeline's migrations (owns the tables)

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['checkout', 'finance', 'deploy'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

-- Only a table's owner may ALTER it: the migrations run as the owner.
ALTER TABLE orders OWNER TO deploy;
ALTER TABLE customers OWNER TO deploy;

GRANT SELECT ON customers TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT SELECT ON customers, orders TO finance;
GRANT EXECUTE ON FUNCTION revenue_by_cohort() TO finance;

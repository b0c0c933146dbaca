-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   checkout   the shop's API: takes orders, shows the sale page

DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

-- checkout-api's request budget: a statement that runs for a second is cancelled (the load
-- balancer would cut the request soon after anyway).
ALTER ROLE checkout SET statement_timeout = '1s';

GRANT SELECT ON customers, flash_sales, sale_progress TO checkout;
GRANT SELECT, INSERT ON orders, payment_authorizations TO checkout;
GRANT UPDATE (units_sold) ON flash_sales TO checkout;
GRANT EXECUTE ON FUNCTION authorize_payment(bigint, integer) TO checkout;
-- checkout passes the new order's id on with currval.
GRANT USAGE ON SEQUENCE orders_id_seq TO checkout;

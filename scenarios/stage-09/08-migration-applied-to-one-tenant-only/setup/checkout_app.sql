-- The checkout service's database role. Roles belong to the whole server, so it is made once
-- (this file runs in every tenant database); ride gives it this run's password at start.
-- Runs in every tenant database.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'checkout') THEN
        CREATE ROLE checkout LOGIN;
    END IF;
END
$$;

GRANT SELECT ON customers, products TO checkout;
GRANT SELECT, INSERT ON orders, order_items TO checkout;

-- The cart service's role; ride gives it this run's random password at start.

DO $$
BEGIN
    CREATE ROLE cart_api LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, INSERT, UPDATE ON carts TO cart_api;

-- The role the live sessions log in as; ride gives it this run's random password at start.
--   checkout  checkout-api, every release of it

DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON products TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;

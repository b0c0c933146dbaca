-- The dispute desk's dashboard (reads) and the checkout (takes orders). No passwords: ride gives
-- every actor role this run's random password.

DO $$
BEGIN
    CREATE ROLE dispute_desk LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE checkout_api LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON orders TO dispute_desk;
GRANT SELECT, INSERT ON orders TO checkout_api;

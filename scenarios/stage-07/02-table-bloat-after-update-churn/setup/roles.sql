-- The shop's application role and the marketing export's. ride gives each this run's random
-- password at start.

DO $$
BEGIN
    CREATE ROLE shop_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE marketing_export LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, INSERT, UPDATE ON orders TO shop_app;
GRANT SELECT ON customer_segments TO marketing_export;

-- The roles. ride gives the actors' login roles this run's random password at start.
--   checkout_app  checkout: orders, with the promotion rules applied
--   promo_loader  marketing's job that keeps promo_rules up to date
--   contractors   the contractor team (a group, no login); ext_dev is one of them
-- In August, so that both programs could use the promotion engine's table the contractors had
-- built, checkout_app and promo_loader were made members of contractors instead of being
-- granted the table.
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['checkout_app', 'promo_loader', 'ext_dev'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
    BEGIN
        CREATE ROLE contractors NOLOGIN;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
END
$$;

GRANT SELECT, INSERT ON orders TO checkout_app;
GRANT SELECT, INSERT, UPDATE ON promo_rules TO contractors;
GRANT SELECT ON orders TO contractors;
GRANT contractors TO checkout_app, promo_loader, ext_dev;

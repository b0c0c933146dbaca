-- The checkout service's database role. Roles belong to the whole server, and this file runs in
-- every tenant database at once (the setup runs per database in parallel): whichever run creates
-- the role first wins, the others find it there. ride gives it this run's password at start.
-- Runs in every tenant database.

DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- another tenant's setup made it a moment ago
END
$$;

GRANT SELECT ON customers, products TO checkout;
GRANT SELECT, INSERT ON orders, order_items TO checkout;

-- The checkout app logs in as checkout, whichever version runs. ride gives the role this run's
-- password when the drill starts. Roles belong to the whole server: made race-free.

DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, INSERT ON orders TO checkout;

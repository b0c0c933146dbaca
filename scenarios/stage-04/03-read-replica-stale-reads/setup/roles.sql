-- The applications' roles. ride gives them this run's password when the drill starts.
DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE reporting LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT SELECT ON customers TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT SELECT ON customers, orders TO reporting;

-- The shop's API role; ride gives it this run's random password when the drill starts.

DO $$
BEGIN
    CREATE ROLE grocer_api LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON customers TO grocer_api;
GRANT SELECT, INSERT ON orders TO grocer_api;

-- The bakery's web shop logs in as bakery_app (through PgBouncer). ride gives the role this
-- run's password when the drill starts, so nothing fixed can be guessed.
DO $$
BEGIN
    CREATE ROLE bakery_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

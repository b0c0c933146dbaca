-- The shop's application role, in both databases. Roles belong to the whole server and the
-- setup runs per database in parallel: whichever run creates it first wins. ride gives it this
-- run's password when the drill starts.
DO $$
BEGIN
    CREATE ROLE shop_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

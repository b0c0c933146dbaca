-- The storefront's role: the search box reads products, the warehouse sync updates stock.
-- Roles belong to the whole server and this file runs in both shop databases at once: whichever
-- run creates the role first wins, the other finds it there. ride gives it this run's password.
-- Runs in every shop database.

DO $$
BEGIN
    CREATE ROLE storefront LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- the other shop's setup made it a moment ago
END
$$;

GRANT SELECT, UPDATE ON products TO storefront;

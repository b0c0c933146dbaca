-- The storefront API's database role: the order history page reads orders, checkout inserts
-- them. Roles belong to the whole server, and this file runs in every tenant database at once
-- (the setup runs per database in parallel): whichever run creates the role first wins, the
-- others find it there. ride gives it this run's password at start.
-- Runs in every tenant database.

DO $$
BEGIN
    CREATE ROLE storefront LOGIN;
    -- The API's pool runs short OLTP queries: no parallel workers per query (the slow page costs
    -- one core per call, not three). Only the run that made the role sets it: two concurrent
    -- ALTER ROLEs could collide.
    ALTER ROLE storefront SET max_parallel_workers_per_gather = 0;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- another tenant's setup made it a moment ago
END
$$;

GRANT SELECT ON customers TO storefront;
GRANT SELECT, INSERT ON orders TO storefront;

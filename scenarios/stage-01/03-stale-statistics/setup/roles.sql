-- The dispatcher's role (reads the queue) and the product's (queues notifications). Roles
-- belong to the whole server, so each is made race-free, as the seed scenario does. No
-- passwords: ride gives every actor role this run's random password when the drill starts.

DO $$
BEGIN
    CREATE ROLE dispatcher LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE pingly_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON notifications TO dispatcher;
GRANT SELECT, INSERT ON notifications TO pingly_app;

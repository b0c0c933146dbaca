-- The tracking page's role (reads) and the depots' (records scans). Roles belong to the whole
-- server, so each is made race-free, as the seed scenario does. No passwords: ride gives every
-- actor role this run's random password when the drill starts.

DO $$
BEGIN
    CREATE ROLE tracking_web LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE depot LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON parcels, merchants TO tracking_web;
GRANT SELECT, UPDATE ON parcels TO depot;

-- The partner sync's role: it may call its endpoint's function and read what the function reads
-- (the function runs with the caller's rights). No password: ride gives every actor role this
-- run's random password.

DO $$
BEGIN
    CREATE ROLE partner_sync LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT USAGE ON SCHEMA api TO partner_sync;
GRANT EXECUTE ON FUNCTION api.events_page(bigint, integer) TO partner_sync;
GRANT SELECT ON audit_events TO partner_sync;

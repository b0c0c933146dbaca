-- The support console's role (searches) and the shop's (signs customers up). Roles belong to
-- the whole server, so each is made race-free. No passwords: ride gives every actor role this
-- run's random password.

DO $$
BEGIN
    CREATE ROLE support_console LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE shop LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON customers TO support_console;
GRANT SELECT, INSERT ON customers TO shop;

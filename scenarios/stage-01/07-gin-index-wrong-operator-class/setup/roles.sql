-- The moderation console (reads flagged listings), the storefront (searches by attributes)
-- and the sellers' tool (updates prices). No passwords: ride gives every actor role this run's
-- random password.

DO $$
BEGIN
    CREATE ROLE moderation LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE storefront LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE seller_tool LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON listings TO moderation, storefront;
GRANT SELECT, UPDATE ON listings TO seller_tool;

-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   webapp       the shop's web servers: check and touch a session on every request, sign users in
--   priya        a platform engineer (psql)
--   maintenance  the nightly maintenance job
-- platform owns the tables, so its members may vacuum them.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['platform', 'webapp', 'priya', 'maintenance'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;
ALTER ROLE webapp LOGIN;
ALTER ROLE priya LOGIN;
ALTER ROLE maintenance LOGIN;
GRANT platform TO priya, maintenance;

ALTER TABLE sessions OWNER TO platform;
ALTER TABLE page_views OWNER TO platform;
ALTER FUNCTION ip_country(inet) OWNER TO platform;

GRANT SELECT, INSERT, UPDATE ON sessions TO webapp;
GRANT SELECT, INSERT ON page_views TO webapp;

-- The country lookup as it runs: the GeoIP database read for every address, about 60 ms a
-- call. The app pays it once per sign-in. It also stands in for the size of the real table (80
-- GB): a rewrite of sessions evaluates it for every row when it rebuilds the index, so VACUUM
-- FULL takes about fifteen minutes here, as the rewrite would take hours in production.
CREATE OR REPLACE FUNCTION ip_country(ip inet) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    PERFORM pg_sleep(0.06);
    RETURN (ARRAY['DE', 'FR', 'US', 'GB', 'NL', 'SE', 'PL', 'ES'])[1 + abs(hashtext(host(ip))) % 8];
END
$$;

-- The wiki's application role. ride gives it this run's random password at start.
CREATE ROLE wiki_app LOGIN;
GRANT SELECT, UPDATE ON pages TO wiki_app;
-- the platform's standard: a query whose client went away stops within a second
ALTER ROLE wiki_app SET client_connection_check_interval = '1s';

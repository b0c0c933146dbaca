-- ride gives both roles this run's password at start.

-- The ingest service writes the readings and trims the old ones.
CREATE ROLE ingest LOGIN;
GRANT SELECT, INSERT, DELETE ON readings TO ingest;

-- The nightly base backup job (non-exclusive: start and stop in one session). pg_backup_stop
-- waits until the WAL the backup needs is archived.
CREATE ROLE backup LOGIN;
GRANT EXECUTE ON FUNCTION pg_backup_start(text, boolean) TO backup;
GRANT EXECUTE ON FUNCTION pg_backup_stop(boolean) TO backup;
-- a wait whose client has gone (ride stops the actor) ends within a second
ALTER ROLE backup SET client_connection_check_interval = '1s';
ALTER ROLE ingest SET client_connection_check_interval = '1s';

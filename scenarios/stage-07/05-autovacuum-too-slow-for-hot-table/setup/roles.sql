-- meter_ingest: the ingestion service and the hourly tariff job. metrics: the monitoring
-- agent's login (pg_monitor, so it can read what autovacuum is doing). ride gives both this
-- run's random password.

DO $$
BEGIN
    CREATE ROLE meter_ingest LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE metrics LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT pg_monitor TO metrics;
GRANT SELECT, UPDATE ON meter_state TO meter_ingest;
GRANT SELECT ON readings_archive TO meter_ingest;

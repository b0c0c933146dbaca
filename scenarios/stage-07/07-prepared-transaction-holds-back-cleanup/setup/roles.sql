-- meter_app: the metering service and the hourly rollup. warehouse_export: the nightly export
-- job. ride gives both this run's random password.

DO $$
BEGIN
    CREATE ROLE meter_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE warehouse_export LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, UPDATE ON usage_counters TO meter_app;
GRANT SELECT ON usage_counters TO warehouse_export;
GRANT SELECT, INSERT ON export_batches TO warehouse_export;

-- The applications' roles; ride gives them this run's password when the drill starts.
DO $$
BEGIN
    CREATE ROLE ingest LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE dashboards LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT SELECT ON devices TO ingest;
GRANT SELECT, INSERT ON readings TO ingest;
GRANT SELECT ON devices, readings TO dashboards;

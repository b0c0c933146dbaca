-- The applications' roles. ride gives them this run's password when the drill starts.
DO $$
BEGIN
    CREATE ROLE telematics LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE fleet_report LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE dispatch LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT SELECT ON vans TO telematics;
GRANT SELECT, UPDATE ON van_status TO telematics;
GRANT SELECT ON vans, trips TO fleet_report;
GRANT SELECT ON vans, van_status TO dispatch;

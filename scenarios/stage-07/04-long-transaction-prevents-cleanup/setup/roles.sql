-- fleet_app: the tracker, the ETA job and the notifier. analyst: the data team's read-only
-- logins (ad-hoc SQL from their desktop clients). ride gives both this run's random password.

DO $$
BEGIN
    CREATE ROLE fleet_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE analyst LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, INSERT, UPDATE ON deliveries TO fleet_app;
GRANT SELECT ON deliveries TO analyst;

-- The merchant dashboard's role (reads), the payment gateway's (records payments) and the
-- risk monitor's (reads the last minutes). Roles belong to the whole server, so each is made
-- race-free. No passwords: ride gives every actor role this run's random password.

DO $$
BEGIN
    CREATE ROLE merchant_web LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE gateway LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE risk_monitor LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON merchants, payments TO merchant_web;
GRANT SELECT, INSERT ON payments TO gateway;
GRANT SELECT ON payments TO risk_monitor;

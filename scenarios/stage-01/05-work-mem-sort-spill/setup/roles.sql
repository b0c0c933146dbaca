-- Finance's BI tool (reads the report) and the checkout (records payments). No passwords: ride
-- gives every actor role this run's random password.

DO $$
BEGIN
    CREATE ROLE finance_bi LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE checkout_api LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON payments TO finance_bi;
GRANT SELECT, INSERT ON payments TO checkout_api;

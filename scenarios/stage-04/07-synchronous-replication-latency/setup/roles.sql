-- The applications' roles. ride gives them this run's password when the drill starts.
DO $$
BEGIN
    CREATE ROLE payments_api LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE mobile_api LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT SELECT ON accounts TO payments_api;
GRANT SELECT, INSERT ON payments TO payments_api;
GRANT SELECT ON accounts, payments TO mobile_api;

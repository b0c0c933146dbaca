-- The roles. ride gives the login roles this run's random password at start.
--   crm_app    crm-api: logs customers in
--   data_team  the data team (a group); dana is one of them and runs the quarterly export
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['crm_app', 'dana'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
    BEGIN
        CREATE ROLE data_team NOLOGIN;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
    END;
END
$$;

GRANT data_team TO dana;
GRANT SELECT ON customers TO crm_app, data_team;

-- Two years ago: "everyone may put tables in scratch", and so that the data team's notebooks
-- find their tables without a prefix, scratch first in the database's search_path.
GRANT USAGE, CREATE ON SCHEMA scratch TO PUBLIC;
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET search_path = scratch, public', current_database());
END
$$;

-- Yesterday afternoon a data team member made a sample of customers for the quarterly export.
CREATE TABLE scratch.customers (
    id     bigint PRIMARY KEY,
    email  text   NOT NULL
);
INSERT INTO scratch.customers (id, email)
SELECT id, email FROM public.customers WHERE id % 50 = 0;
ALTER TABLE scratch.customers OWNER TO dana;

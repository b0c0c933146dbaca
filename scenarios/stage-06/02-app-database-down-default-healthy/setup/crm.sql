-- The CRM team's database on the same server: contacts its app reads and updates all day.
-- Runs in crm only.

CREATE TABLE contacts (
    id          integer     PRIMARY KEY,
    email       text        NOT NULL,
    last_call   timestamptz
);

INSERT INTO contacts (id, email, last_call)
SELECT g, 'contact' || g || '@example.com', timestamptz '2025-01-01 00:00:00+00' + g * interval '7 minutes'
FROM generate_series(1, 20000) AS g;

VACUUM ANALYZE contacts;

DO $$
BEGIN
    CREATE ROLE crm_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, UPDATE ON contacts TO crm_app;

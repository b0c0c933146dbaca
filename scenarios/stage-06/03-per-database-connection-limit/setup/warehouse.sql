-- The warehouse team's database on the same server: pick lists its app reads all day.
-- Runs in warehouse only.

CREATE TABLE pick_lists (
    id         integer     PRIMARY KEY,
    order_ref  bigint      NOT NULL,
    picked_at  timestamptz
);

INSERT INTO pick_lists (id, order_ref, picked_at)
SELECT g, g * 3, timestamptz '2025-02-01 00:00:00+00' + g * interval '5 minutes'
FROM generate_series(1, 10000) AS g;

VACUUM ANALYZE pick_lists;

DO $$
BEGIN
    CREATE ROLE picker LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON pick_lists TO picker;

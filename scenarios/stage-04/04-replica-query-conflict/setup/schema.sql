-- A fleet of delivery vans. The telematics ingest updates each van's live status on the primary
-- several times a minute; the finance team's utilisation report reads the trip history on the
-- read replica. The two never touch the same table.

CREATE TABLE vans (
    id      integer PRIMARY KEY,
    depot   text NOT NULL,
    model   text NOT NULL
);

-- One row per van, rewritten by every ping: an update-heavy table, left room on each page for
-- the new versions (its new row versions stay on their page, and the old ones are pruned there).
CREATE TABLE van_status (
    van_id        integer PRIMARY KEY REFERENCES vans (id),
    battery_pct   integer NOT NULL,
    odometer_km   numeric(10, 1) NOT NULL,
    last_ping_at  timestamptz NOT NULL
) WITH (fillfactor = 80);

CREATE TABLE trips (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    van_id       integer NOT NULL REFERENCES vans (id),
    started_at   timestamptz NOT NULL,
    distance_km  numeric(8, 1) NOT NULL,
    stops        integer NOT NULL
);

CREATE INDEX trips_started_at_idx ON trips (started_at);

-- The monthly utilisation report, as finance runs it on the replica. The real one joins
-- eighteen months of trips and takes its time; this copy waits as long as that one reads.
CREATE FUNCTION utilisation_report(since timestamptz)
RETURNS TABLE (depot text, vans bigint, trips bigint, km numeric, stops bigint)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    PERFORM pg_sleep(3);
    RETURN QUERY
        SELECT v.depot, count(DISTINCT t.van_id), count(*), sum(t.distance_km), sum(t.stops)::bigint
        FROM trips t JOIN vans v ON v.id = t.van_id
        WHERE t.started_at >= since
        GROUP BY v.depot
        ORDER BY v.depot;
END
$$;

-- FLEET-88 (last week): the dispatch screens read the replica too and must never be more than a
-- second behind, so replay may no longer wait for the replica's queries longer than that. It
-- is written here, in the configuration both servers start from.
ALTER SYSTEM SET max_standby_streaming_delay = '1s';

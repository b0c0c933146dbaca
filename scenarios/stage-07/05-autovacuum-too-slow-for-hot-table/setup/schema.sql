-- Meterly: smart electricity meters report every few seconds. meter_state holds one row per
-- meter, the latest reading, overwritten by every report: a small table with a very high update
-- rate, the kind autovacuum has to visit often and finish quickly.
--
-- The table is created with its primary key and never rewritten afterwards, so its relfilenode
-- stays equal to its oid: that is how a check tells that the learner rewrote it.

CREATE TABLE meter_state (
    meter_id      integer     PRIMARY KEY,
    region        text        NOT NULL,
    reading_kwh   numeric(12, 3) NOT NULL,
    tariff_code   text        NOT NULL,
    tariff_rate   numeric(8, 5) NOT NULL,
    firmware      text        NOT NULL,
    reported_at   timestamptz NOT NULL,
    recalculated_at timestamptz NOT NULL
);

-- Every reading ever reported, append-only and large in production (here a sample): the
-- tables whose autovacuum runs once saturated the shared volume.
CREATE TABLE readings_archive (
    meter_id    integer     NOT NULL,
    reading_kwh numeric(12, 3) NOT NULL,
    reported_at timestamptz NOT NULL
);

-- pgstattuple: the dead row versions in a table's pages, counted now (the check of the backlog
-- reads it; a learner may too).
CREATE EXTENSION IF NOT EXISTS pgstattuple;

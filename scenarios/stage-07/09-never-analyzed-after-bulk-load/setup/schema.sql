-- Lockerly, parcel lockers. Last night's migration moved the parcel history out of the old
-- system into two new tables, created empty with their primary key and an index on their time
-- column, then loaded. (Indexes built on the empty tables leave pg_class.reltuples unknown, so
-- the first ANALYZE changes the tables' pg_class rows, and that invalidates the plans the apps'
-- prepared statements cached: they replan at once. Had an index build after the load set
-- reltuples already, ANALYZE would change only pg_statistic and those cached plans would stay.)
--
-- Autovacuum is off for the two tables while they load (as the migration's runbook says) and
-- back on afterwards (setup/data.sql); neither is ever analysed in the setup.

CREATE TABLE parcels (
    id         bigint      PRIMARY KEY,
    locker_id  integer     NOT NULL,
    status     text        NOT NULL,
    weight_g   integer     NOT NULL,
    dropped_at timestamptz NOT NULL
) WITH (autovacuum_enabled = false);

CREATE TABLE locker_events (
    id          bigint      PRIMARY KEY,
    locker_id   integer     NOT NULL,
    kind        text        NOT NULL,
    happened_at timestamptz NOT NULL
) WITH (autovacuum_enabled = false);

CREATE INDEX parcels_dropped_at_idx ON parcels (dropped_at);
CREATE INDEX locker_events_happened_at_idx ON locker_events (happened_at);

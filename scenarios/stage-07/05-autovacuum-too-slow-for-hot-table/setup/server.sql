-- The server-wide autovacuum throttle, set months ago by the storage team after autovacuum's
-- runs over the big reading archives saturated the shared volume: 100 cost units per 100 ms, a
-- tenth of a millisecond's worth of I/O budget per millisecond. It stays in postgresql.auto.conf
-- (the prepared copy keeps it). The trap check compares the server's settings with these values.
--
-- autovacuum_naptime is short so that, within a drill's seconds, the launcher sends a worker to
-- meter_state as soon as its dead rows are counted (and again after the learner's change): the
-- sandbox compresses the minutes a production launcher takes.

ALTER SYSTEM SET autovacuum_vacuum_cost_delay = '100ms';
ALTER SYSTEM SET autovacuum_vacuum_cost_limit = 100;
ALTER SYSTEM SET autovacuum_naptime = '1s';
SELECT pg_reload_conf();

-- The age is simulated: PostgreSQL's real limits are two billion transactions away, so this
-- server runs the same machinery at a smaller scale. autovacuum_freeze_max_age takes its
-- lowest value (production keeps the default, 200 million), so a database whose oldest
-- unfrozen transaction is more than 100,000 XIDs old gets an anti-wraparound autovacuum, as a
-- production database does past 200 million. Both settings need the server's start: ride
-- starts every drill's server afresh from the prepared copy, so they are in effect from the
-- first run (autovacuum_max_workers too). The launcher looks every 10 s, so the small databases left old by the setup
-- (postgres, template0, template1) are frozen within seconds of the start.
ALTER SYSTEM SET autovacuum_freeze_max_age = 100000;
ALTER SYSTEM SET autovacuum_naptime = '10s';
-- One autovacuum worker, as on this small instance since the 2023 cost cuts: while it works
-- through a table, every other table waits, in every database.
ALTER SYSTEM SET autovacuum_max_workers = 1;

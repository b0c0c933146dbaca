-- The databases are set up side by side: wait until tenant_baltic's setup has used its
-- 150,000 XIDs (the server's next XID passes 150,000), then freeze everything here, so this
-- firm's age is what autovacuum keeps it at. The wait commits after every look: a snapshot
-- held across it would hold back the freezing of the shared catalogs in the other databases'
-- VACUUMs (a DO block is one transaction, and its first snapshot's xmin stays).
CREATE PROCEDURE wait_for_burn() LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1 .. 1200 LOOP
        EXIT WHEN pg_snapshot_xmax(pg_current_snapshot())::text::bigint > 150000;
        PERFORM pg_sleep(0.1);
        COMMIT;
    END LOOP;
    IF pg_snapshot_xmax(pg_current_snapshot())::text::bigint <= 150000 THEN
        RAISE EXCEPTION 'tenant_baltic''s setup did not use its XIDs within two minutes';
    END IF;
END
$$;

CALL wait_for_burn();

DROP PROCEDURE wait_for_burn();

VACUUM (FREEZE);

-- Setup check: nothing here was left old (another database's open snapshot would hold the
-- shared catalogs' freezing back).
DO $$
BEGIN
    IF (SELECT age(datfrozenxid) FROM pg_database WHERE datname = current_database()) > 10000 THEN
        RAISE EXCEPTION '% was left unfrozen', current_database();
    END IF;
END
$$;

-- The databases are set up side by side: wait until tenant_baltic's setup has used its
-- 150,000 XIDs (the server's next XID passes 150,000), then freeze everything here, so this
-- firm's age is what autovacuum keeps it at. It also waits until no other session holds an old
-- snapshot or transaction (autovacuum's vacuums do not count: VACUUM ignores them), since the
-- VACUUM could not freeze past it. The wait commits after every look: a snapshot
-- held across it would hold back the freezing of the shared catalogs in the other databases'
-- VACUUMs (a DO block is one transaction, and its first snapshot's xmin stays).
CREATE PROCEDURE wait_for_burn() LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1 .. 1200 LOOP
        EXIT WHEN pg_snapshot_xmax(pg_current_snapshot())::text::bigint > 150000
              AND NOT EXISTS (SELECT FROM pg_stat_activity
                              WHERE pid <> pg_backend_pid()
                                AND backend_type <> 'autovacuum worker'
                                AND greatest(age(backend_xmin), age(backend_xid)) > 2000);
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
DECLARE
    oldest text;
    others text;
BEGIN
    IF (SELECT age(datfrozenxid) FROM pg_database WHERE datname = current_database()) > 10000 THEN
        SELECT c.oid::regclass || ' (age ' || age(c.relfrozenxid) || ')' INTO oldest
        FROM pg_class AS c WHERE c.relkind IN ('r', 'm', 't')
        ORDER BY age(c.relfrozenxid) DESC LIMIT 1;
        SELECT string_agg(backend_type || ' in ' || coalesce(datname, '-') || ' xmin age '
                          || coalesce(age(backend_xmin)::text, '-') || ' xid age '
                          || coalesce(age(backend_xid)::text, '-'), '; ') INTO others
        FROM pg_stat_activity WHERE pid <> pg_backend_pid()
          AND (backend_xmin IS NOT NULL OR backend_xid IS NOT NULL);
        RAISE EXCEPTION '% was left unfrozen: oldest %; sessions: %',
            current_database(), oldest, coalesce(others, 'none');
    END IF;
END
$$;

-- The server's WAL settings as the incident finds them.
--
-- The archive works: archive_command copies each finished segment into wal_archive/ (a volume
-- of its own in production; here a directory in the data directory, where the archiver runs).
-- archive_mode applies when the drill's server starts from this prepared state.
COPY (SELECT 'WAL archive. Point-in-time recovery reads its WAL from here.')
    TO PROGRAM 'mkdir -p wal_archive && cat > wal_archive/README';
ALTER SYSTEM SET archive_mode = on;
ALTER SYSTEM SET archive_command = 'test ! -f wal_archive/%f && cp %p wal_archive/%f';

-- Six weeks ago the reporting replica was rebuilt with pg_basebackup and streamed without a
-- replication slot; to let it catch up, the server was told to keep 4 GB of WAL whatever
-- needed it. The replica was retired last week (reporting moved to the warehouse); the setting
-- stayed. Applied now, so the WAL written below is kept too.
ALTER SYSTEM SET wal_keep_size = '4GB';
SELECT pg_reload_conf();
-- the checkpointer takes the new value a moment after the reload, before any WAL below
SELECT pg_sleep(1);

-- The days of clicks since: some 85 MB of WAL, which wal_keep_size keeps in pg_wal (the roll-up
-- read those clicks long ago; a scratch table stands in for them and is dropped again).
CREATE TABLE clicks_history (id bigint, user_agent text);
INSERT INTO clicks_history
SELECT g, repeat('Mozilla/5.0 (X11; Linux x86_64) ', 28) FROM generate_series(1, 80000) AS g;
DROP TABLE clicks_history;
CHECKPOINT;

-- Production archived those segments as they were finished: copy each finished one into the
-- archive and mark it archived (.done), as the archiver would have.
DO $$
DECLARE
    segments text;
BEGIN
    SELECT string_agg(name, ' ' ORDER BY name) INTO segments
    FROM pg_ls_waldir()
    WHERE name ~ '^[0-9A-F]{24}$' AND name < pg_walfile_name(pg_current_wal_lsn());
    EXECUTE format('COPY (SELECT 1) TO PROGRAM %L',
                   'cd pg_wal && for f in ' || segments
                   || '; do cp "$f" ../wal_archive/ && touch "archive_status/$f.done"; done');
END $$;

-- The server archives its WAL: every finished segment is shipped before pg_wal may recycle
-- it. The shipping (an upload to the WAL archive's bucket in production) takes about
-- 1 s a segment; here a wait of 1 s stands in for the upload. Normal traffic writes
-- a segment every few minutes, so the archiver idles. archive_mode needs a server start: ride
-- starts every drill from the prepared copy, so it is on from the first run.
ALTER SYSTEM SET archive_mode = on;
ALTER SYSTEM SET archive_command = 'sleep 1  # upload %f to the WAL archive (about 1 s a segment)';

-- Years ago the team chose not to use replication slots ("a dead replica's slot fills the
-- disk") and to keep a little WAL for the replica instead. In ride's small servers (1 MB WAL
-- segments, max_wal_size 8 MB) 2 MB is two segments: it covers the checkout's few kilobytes a
-- second for minutes, and nothing like a bulk load.
ALTER SYSTEM SET wal_keep_size = '2MB';

-- The WAL archive. Until yesterday it was an NFS share mounted at nfs_archive/ (paths are
-- relative to the data directory, where the archiver runs its command). The share filled up;
-- storage moved the archive to a new volume mounted at wal_archive/ and unmounted the old
-- share, so nfs_archive/ no longer exists. Nobody changed archive_command.
COPY (SELECT 'WAL archive, volume 2 (replaces the NFS share nfs_archive/). The base backups and point-in-time recovery read their WAL from here.')
    TO PROGRAM 'mkdir -p wal_archive && cat > wal_archive/README';

-- Both apply when the drill's server starts from this prepared state: archive_mode only at a
-- start, archive_command at any reload.
ALTER SYSTEM SET archive_mode = on;
ALTER SYSTEM SET archive_command = 'test ! -f nfs_archive/%f && cp %p nfs_archive/%f';

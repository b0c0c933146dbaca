package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.Tree;

/**
 * A base backup of a running primary, taken the way pg_basebackup takes one (which the bundled
 * binaries lack): {@code pg_backup_start} in a session that stays open, a copy of the data
 * directory, {@code pg_backup_stop}, whose label file goes into the copy as {@code backup_label}.
 * With WAL, the segments from the backup's start to its end (and the timeline history files) go
 * into the copy's {@code pg_wal}, so it can be restored alone; without, it cannot, which is the
 * lesson a scenario may want to teach.
 */
final class BaseBackup {

    /** Not part of a backup (the PostgreSQL documentation's list, as pg_basebackup leaves them out). */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "standby.signal",
            "recovery.signal", "backup_label", "tablespace_map");
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
            "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans", "log");

    private BaseBackup() {
    }

    /** Backs up the primary {@code server} into {@code target} (replaced if it exists). */
    static void take(EmbeddedServer server, Path target, boolean withWal) {
        Path data = server.dir().data();
        try (Connection c = server.endpoint().connect("postgres"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT pg_is_in_recovery()")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    throw new SandboxException("Take the base backup on a primary: " + server.name() + " is a standby.");
                }
            }
            Tree.delete(target);
            String startWal;
            try (ResultSet rs = s.executeQuery("SELECT pg_walfile_name(pg_backup_start('ride', true))")) {
                rs.next();
                startWal = rs.getString(1);
            }
            copy(data, target);
            String endWal;
            try (ResultSet rs = s.executeQuery("SELECT pg_walfile_name(lsn), labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                rs.next();
                endWal = rs.getString(1);
                Files.writeString(target.resolve("backup_label"), rs.getString(2));
                String map = rs.getString(3);
                if (map != null && !map.isEmpty()) {
                    Files.writeString(target.resolve("tablespace_map"), map);
                }
            }
            if (withWal) {
                copyWal(data.resolve("pg_wal"), target.resolve("pg_wal"), startWal, endWal);
            }
        } catch (SQLException | IOException e) {
            throw new SandboxException("The base backup of " + server.name() + " failed: " + e.getMessage(), e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        // ride's own, mode 700: the copy holds the catalog, password hashes included
        Files.createDirectory(to, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Path target = to.resolve(name);
                if (LEFT_OUT.contains(name)) {
                    continue;
                }
                if (EMPTIED.contains(name)) {
                    Files.createDirectories(target);
                } else {
                    copyLive(entry, target);
                }
            }
        }
        // the server creates archive_status itself only in a fresh cluster
        Files.createDirectories(to.resolve("pg_wal").resolve("archive_status"));
    }

    /** Copies a tree the server is writing to: a file that goes away meanwhile (a temp file) is left out. */
    private static void copyLive(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a)
                    throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a)
                    throws IOException {
                try {
                    if (a.isRegularFile()) {
                        Files.copy(file, to.resolve(from.relativize(file).toString()));
                    }
                } catch (java.nio.file.NoSuchFileException gone) {
                    // removed by the server while we copied: not part of the backup
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** Segments named from {@code first} to {@code last} (one timeline: names sort in WAL order), and every history file. */
    private static void copyWal(Path from, Path to, String first, String last) throws IOException {
        try (DirectoryStream<Path> segments = Files.newDirectoryStream(from)) {
            for (Path segment : segments) {
                String name = segment.getFileName().toString();
                boolean inRange = name.length() == 24 && name.compareTo(first) >= 0 && name.compareTo(last) <= 0;
                if (inRange || name.endsWith(".history")) {
                    Files.copy(segment, to.resolve(name));
                }
            }
        }
    }
}

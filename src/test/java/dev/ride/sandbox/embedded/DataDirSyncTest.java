package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory made a copy of its source again: what a server wrote, added or removed is
 * put back, and what it did not touch stays as it is (the same file, not a new copy).
 */
class DataDirSyncTest {

    @TempDir
    Path dir;

    @Test
    void onlyWhatDiffersFromTheSourceIsCopiedAgain() throws IOException {
        Path from = dir.resolve("base");
        prepared(from.resolve("PG_VERSION"), "15\n");
        prepared(from.resolve("base/1/1259"), "catalog");
        prepared(from.resolve("base/5/16384"), "orders");
        prepared(from.resolve("pg_wal/000000010000000000000001"), "wal");
        prepared(from.resolve("global/pg_control"), "clean shutdown");
        Path to = dir.resolve("data");
        DataDirSync.sync(from, to, null);
        assertThat(tree(to)).isEqualTo(tree(from));
        Object untouched = Files.getAttribute(to.resolve("base/1/1259"), "unix:ino");

        // what a server does: writes in place (same size too), adds files and folders, removes some
        Files.writeString(to.resolve("base/5/16384"), "ORDERS", StandardOpenOption.TRUNCATE_EXISTING);
        Files.writeString(to.resolve("global/pg_control"), "in production", StandardOpenOption.TRUNCATE_EXISTING);
        write(to.resolve("pg_wal/00000002.history"), "promoted");
        write(to.resolve("log/postgresql.log"), "LOG:  database system is ready");
        write(to.resolve("base/16390/1"), "a new database");
        write(to.resolve("postmaster.pid"), "4242");
        Files.delete(to.resolve("pg_wal/000000010000000000000001"));
        DataDirSync.sync(from, to, null);

        assertThat(tree(to)).isEqualTo(tree(from));
        assertThat(Files.getAttribute(to.resolve("base/1/1259"), "unix:ino")).isEqualTo(untouched);
        assertThat(Files.exists(to.resolve("log"))).isFalse();
    }

    @Test
    void aSourceFileThatChangedIsCopiedAgainThoughTheCopyIsUntouched() throws IOException {
        Path from = dir.resolve("backup");
        prepared(from.resolve("backup_label"), "START WAL LOCATION: 0/2000028");
        Path to = dir.resolve("data");
        DataDirSync.sync(from, to, null);

        // a later base backup replaces the old one, a file of the same size: the restore must take it
        Files.delete(from.resolve("backup_label"));
        write(from.resolve("backup_label"), "START WAL LOCATION: 0/3000028");
        DataDirSync.sync(from, to, null);

        assertThat(tree(to)).isEqualTo(tree(from));
    }

    /** A file of a cluster prepared earlier: its time is an hour ago, as a cached copy's is. */
    private static void prepared(Path file, String text) throws IOException {
        write(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Every file under {@code root} (relative path → content); folders by their files. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}

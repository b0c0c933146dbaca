package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.ride.sandbox.CacheDir;

/**
 * A read-only look into the embedded engine's part of ride's cache, for {@code ride cache ls}: the
 * prepared data directories ({@link PreparedDataDirs}' layout) and the extracted PostgreSQL binaries
 * ({@link PostgresBinaries}). It never changes what it lists; removing is the caller's business.
 */
public final class PreparedDataDirListing {

    /**
     * One directory in the cache.
     *
     * @param key      the prepared state's cache key (see {@link EmbeddedEngine#cacheKey}), or the binaries' directory name
     * @param lastUsed when a run last started from it (a warm start touches it) or, for binaries, was extracted
     */
    public record Entry(String key, Path dir, long bytes, Instant lastUsed) {
    }

    private PreparedDataDirListing() {
    }

    /** ride's cache directory (as root {@code /var/tmp/ride-cache}). */
    public static Path cacheDir() {
        return CacheDir.of(System.getenv());
    }

    /** Complete prepared data directories under {@code cacheDir}; a store in progress (tmp-*) is not one yet. */
    public static List<Entry> prepared(Path cacheDir) {
        return entries(cacheDir.resolve("prepared"), "*", name -> !name.startsWith("tmp-"));
    }

    /** Extracted binaries, one directory per bundled archive (a new ride version brings a new one). */
    public static List<Entry> binaries(Path cacheDir) {
        return entries(cacheDir, "postgres-*", name -> true);
    }

    /** The cache key of the empty cluster (initdb's output) that {@link EmbeddedEngine#start(String)} keeps. */
    public static String emptyClusterKey(EmbeddedEngine engine) {
        return engine.cacheKey("empty-cluster"); // EmbeddedEngine.EMPTY_CLUSTER, which is private to it
    }

    /** The binaries directory this ride uses, when they are the bundled ones. */
    public static Path binariesInUse() {
        return PostgresBinaries.resolve().binDir().getParent();
    }

    private static List<Entry> entries(Path dir, String glob, java.util.function.Predicate<String> wanted) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            for (Path p : stream) {
                if (Files.isDirectory(p) && wanted.test(p.getFileName().toString())) {
                    entries.add(new Entry(p.getFileName().toString(), p, bytes(p),
                            Files.getLastModifiedTime(p).toInstant()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
        return entries;
    }

    /** Bytes of the regular files under {@code dir}; files vanishing meanwhile (a concurrent removal) count 0. */
    static long bytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}

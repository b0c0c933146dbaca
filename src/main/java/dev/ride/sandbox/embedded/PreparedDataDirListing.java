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

    /** The file in a prepared entry that holds its measured size. */
    static final String SIZE_MEMO = "bytes";

    private PreparedDataDirListing() {
    }

    /** ride's cache directory (as root {@code /var/tmp/ride-cache}). */
    public static Path cacheDir() {
        return CacheDir.of(System.getenv());
    }

    /** Complete prepared data directories under {@code cacheDir}; a store in progress (tmp-*) is not one yet. */
    public static List<Entry> prepared(Path cacheDir) {
        return entries(cacheDir.resolve("prepared"), "*", name -> !name.startsWith("tmp-"), PreparedDataDirListing::storedBytes);
    }

    /** Extracted binaries, one directory per bundled archive (a new ride version brings a new one). */
    public static List<Entry> binaries(Path cacheDir) {
        return entries(cacheDir, "postgres-*", name -> true, PreparedDataDirListing::bytes);
    }

    /** The cache key of the empty cluster (initdb's output) that {@link EmbeddedEngine#start(String)} keeps. */
    public static String emptyClusterKey(EmbeddedEngine engine) {
        return engine.cacheKey("empty-cluster"); // EmbeddedEngine.EMPTY_CLUSTER, which is private to it
    }

    /** The binaries directory this ride uses, when they are the bundled ones. */
    public static Path binariesInUse() {
        return PostgresBinaries.resolve().binDir().getParent();
    }

    private static List<Entry> entries(Path dir, String glob, java.util.function.Predicate<String> wanted,
                                       java.util.function.ToLongFunction<Path> size) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            for (Path p : stream) {
                if (Files.isDirectory(p) && wanted.test(p.getFileName().toString())) {
                    entries.add(new Entry(p.getFileName().toString(), p, size.applyAsLong(p),
                            Files.getLastModifiedTime(p).toInstant()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
        return entries;
    }

    /**
     * A prepared entry's size, from the {@value #SIZE_MEMO} file beside its data, written the first
     * time it is measured. An entry never changes once stored (runs copy it, the server writes into
     * the copy), and the size limit lists the whole cache after every drill: walking 40 entries of
     * 5,000 files each cost every drill 90,000 stat calls.
     */
    static long storedBytes(Path entry) {
        Path memo = entry.resolve(SIZE_MEMO);
        try {
            return Long.parseLong(Files.readString(memo).strip());
        } catch (IOException | NumberFormatException e) {
            long bytes;
            try {
                // the entry's modification time is its last use (eviction goes by it): keep it
                java.nio.file.attribute.FileTime lastUsed = Files.getLastModifiedTime(entry);
                Files.deleteIfExists(memo); // a damaged memo is not part of the entry's size
                bytes = bytes(entry);
                Path temp = Files.createTempFile(entry, SIZE_MEMO, ".tmp");
                Files.writeString(temp, bytes + "\n");
                Files.move(temp, memo, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.setLastModifiedTime(entry, lastUsed);
            } catch (IOException | UnsupportedOperationException notWritten) {
                // measured again next time: slower, never wrong
                return bytes(entry);
            }
            return bytes;
        }
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

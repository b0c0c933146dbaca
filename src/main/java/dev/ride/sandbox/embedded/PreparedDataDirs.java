package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import dev.ride.sandbox.CacheDir;
import dev.ride.sandbox.Proc;
import dev.ride.sandbox.ServerLogSettings;
import dev.ride.sandbox.Tree;

/**
 * The embedded engine's warm-start cache: one stopped, cleanly shut down data directory per key,
 * {@code <root>/<key>/data/}, with the password of its superuser in {@code <root>/<key>/password}.
 * Everything here belongs to ride's own user, mode 700/600: the server user (nobody, shared with
 * other daemons) only ever gets copies, so it cannot plant state in the cache.
 * <p>
 * An entry appears by an atomic rename of a finished temp directory, so a half-written entry is
 * never read; the least recently used entries beyond {@link #MAX_ENTRIES} are removed.
 */
final class PreparedDataDirs {

    /**
     * A backstop only: the cache's size limit (RIDE_CACHE_MAX, applied after every drill) is what
     * bounds it. 16 was fewer than the catalog's scenarios, so working through a stage, or CI's
     * replays beside its other tests, evicted copies still in use and prepared them again.
     */
    static final int MAX_ENTRIES = 100;
    private static final String TEMP_PREFIX = "tmp-";
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> FILE_MODE =
            PosixFilePermissions.fromString("rw-------");

    private final Path root;

    PreparedDataDirs(Path root) {
        this.root = root;
    }

    /** The cache under ride's cache directory ({@code /var/tmp/ride-cache/prepared} as root). */
    static PreparedDataDirs inCacheDir() {
        return new PreparedDataDirs(CacheDir.of(System.getenv()).resolve("prepared"));
    }

    Path root() {
        return root;
    }

    /**
     * A prepared copy, directly usable as the source of {@link #copyTree}.
     *
     * @param data     the stopped cluster's directory
     * @param password its superuser's password (to log in once and set the run's own)
     */
    record Entry(Path data, String password) {
    }

    Optional<Entry> find(String key) {
        Path dir = root.resolve(key);
        try {
            String password = Files.readString(dir.resolve("password")).trim();
            if (!Files.isDirectory(dir.resolve("data")) || password.isEmpty()) {
                return Optional.empty();
            }
            // the modification time orders entries for eviction: the most recently used stays
            Files.setLastModifiedTime(dir, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(new Entry(dir.resolve("data"), password));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Copies a stopped cluster into the cache under {@code key}; an entry another run stored first wins. */
    Entry store(String key, Path data, String password) throws IOException {
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        removeAbandonedTemps();
        Path temp = root.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-"
                + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36));
        Files.createDirectory(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            copyTree(data, temp.resolve("data"), null);
            Path pw = temp.resolve("password");
            Files.createFile(pw, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(pw, password + "\n");
            try {
                Files.move(temp, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException raced) {
                // another run stored the same key first: its copy is as good as ours
            }
        } finally {
            Tree.delete(temp);
        }
        evict();
        return find(key).orElseThrow(() -> new IOException("the prepared copy vanished from " + root));
    }

    /** Removes an entry that failed to start, so the next run prepares it afresh. */
    void discard(String key) {
        try {
            Tree.delete(root.resolve(key));
        } catch (IOException e) {
            // the next store of this key replaces nothing, but find will keep failing the same way: harmless
        }
    }

    /**
     * A plain recursive copy (no hard links: the server writes into its files in place). Files get
     * mode 600 and directories 700, owned by {@code owner} when it is given; sockets,
     * postmaster.pid and the server log ({@link ServerLogSettings#DIRECTORY}: a run's log starts
     * empty, without the preparing run's lines; the server makes the directory again) are skipped.
     * Each file keeps its modification time, which tells {@link DataDirSync} later which files a
     * server has written since.
     */
    static void copyTree(Path from, Path to, ServerUser owner) throws IOException {
        copyTree(from, to, owner, java.util.Set.of());
    }

    /** {@link #copyTree(Path, Path, ServerUser)} but for the files {@code kept} names (paths relative to {@code to}), there already. */
    static void copyTree(Path from, Path to, ServerUser owner, java.util.Set<String> kept) throws IOException {
        Path serverLog = from.resolve(ServerLogSettings.DIRECTORY);
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(serverLog)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Path target = to.resolve(from.relativize(dir).toString());
                try {
                    Files.createDirectory(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                    own(target);
                } catch (FileAlreadyExistsException there) {
                    // DataDirSync copies into a tree that holds most of it already
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isRegularFile() || file.getFileName().toString().equals("postmaster.pid")) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = from.relativize(file).toString();
                if (kept.contains(relative)) {
                    return FileVisitResult.CONTINUE;
                }
                Path target = to.resolve(relative);
                Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
                // a copy gets the source's mode, which is 600 for every copy but initdb's own output
                if (!(attrs instanceof PosixFileAttributes posix) || !posix.permissions().equals(FILE_MODE)) {
                    Files.setPosixFilePermissions(target, FILE_MODE);
                }
                Files.setLastModifiedTime(target, attrs.lastModifiedTime());
                own(target);
                return FileVisitResult.CONTINUE;
            }

            private void own(Path target) throws IOException {
                if (owner != null) {
                    owner.own(target);
                }
            }
        });
    }

    private List<Path> entries() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
            for (Path p : stream) {
                if (!p.getFileName().toString().startsWith(TEMP_PREFIX)) {
                    entries.add(p);
                }
            }
        }
        return entries;
    }

    private void evict() throws IOException {
        List<Path> entries = entries();
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        entries.sort(Comparator.comparing(PreparedDataDirs::modified));
        for (Path old : entries.subList(0, entries.size() - MAX_ENTRIES)) {
            Tree.delete(old);
        }
    }

    /** Temp directories of runs that died while storing (their pid is in the name). */
    private void removeAbandonedTemps() throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root, TEMP_PREFIX + "*")) {
            for (Path p : stream) {
                String rest = p.getFileName().toString().substring(TEMP_PREFIX.length());
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                    if (pid != ProcessHandle.current().pid() && !Proc.isRunning(pid)) {
                        Tree.delete(p);
                    }
                } catch (NumberFormatException e) {
                    Tree.delete(p);
                }
            }
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}

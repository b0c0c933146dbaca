package dev.ride.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where ride keeps what it reuses between runs (extracted binaries, later prepared data directories). */
public final class CacheDir {

    private CacheDir() {
    }

    /**
     * As root, the usual {@code ~/.cache} is under {@code /root} (mode 700) where the unprivileged
     * server user cannot reach the binaries, so root uses {@code /var/tmp/ride-cache} instead.
     */
    public static Path of(Map<String, String> env) {
        Path dir;
        if (Proc.currentUid() == 0) { // the embedded server then runs as nobody (see ServerUser)
            dir = Path.of("/var/tmp/ride-cache");
        } else if (env.get("XDG_CACHE_HOME") != null && !env.get("XDG_CACHE_HOME").isBlank()) {
            dir = Path.of(env.get("XDG_CACHE_HOME"), "ride");
        } else {
            dir = Path.of(System.getProperty("user.home"), ".cache", "ride");
        }
        requireOwnedByUs(dir);
        return dir;
    }

    /** A cache dir in a shared place that someone else created could hand us planted binaries. */
    private static void requireOwnedByUs(Path dir) {
        try {
            if (Files.exists(dir) && (int) Files.getAttribute(dir, "unix:uid") != Proc.currentUid()) {
                throw new SandboxException("The cache directory " + dir + " belongs to another user: remove it or set RIDE_PG_BIN.");
            }
        } catch (IOException e) {
            throw new SandboxException("Cannot inspect the cache directory " + dir + ": " + e.getMessage(), e);
        }
    }
}

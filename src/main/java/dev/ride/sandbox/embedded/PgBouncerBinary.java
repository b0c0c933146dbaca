package dev.ride.sandbox.embedded;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import dev.ride.sandbox.SandboxException;

/**
 * The host's PgBouncer, which the embedded engine runs for a scenario's pooler (the bundled
 * PostgreSQL binaries have none): {@code RIDE_PGBOUNCER} when set, else {@code pgbouncer} on the
 * {@code PATH}, else {@code /usr/sbin/pgbouncer} (Debian's place, not on a normal user's PATH).
 */
final class PgBouncerBinary {

    static final String DEBIAN = "/usr/sbin/pgbouncer";

    private PgBouncerBinary() {
    }

    static Path require(Map<String, String> env) {
        return find(env).orElseThrow(() -> new SandboxException(
                "This scenario needs PgBouncer, which is not installed here (looked on PATH and in " + DEBIAN
                        + "): install it (apt-get install pgbouncer) or use --engine docker."));
    }

    static Optional<Path> find(Map<String, String> env) {
        String override = env.get("RIDE_PGBOUNCER");
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, "pgbouncer");
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        Path debian = Path.of(DEBIAN);
        return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
    }
}

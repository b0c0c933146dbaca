package dev.ride.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.ride.sandbox.Proc;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.docker.DockerDaemon;
import dev.ride.sandbox.docker.DockerSettings;
import dev.ride.sandbox.docker.PodmanSockets;
import dev.ride.sandbox.docker.DockerUnavailableException;
import dev.ride.sandbox.embedded.PostgresBinaries;

/**
 * {@code ride doctor}'s look at the engines: whether a Docker (or Podman) daemon answers and with
 * which API, whether the bundled PostgreSQL binaries run here, and whether a PgBouncer is installed
 * for the pooler scenarios. Every check runs the real thing (a ping, {@code postgres --version}).
 */
final class EngineChecks {

    /** As long as {@code --engine auto} waits for a daemon before it falls back. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

    /** Podman's sockets, where {@code podman system service} / podman.socket listens. */
    static List<Path> podmanSockets() {
        return PodmanSockets.candidates();
    }

    private EngineChecks() {
    }

    /** The Docker daemon of the usual configuration (DOCKER_HOST or the default socket). */
    static Finding docker() {
        try {
            DockerDaemon daemon = DockerDaemon.connect(Optional.empty(), ANSWER_WITHIN);
            Instant daemonTime = daemonTime(daemon);
            String image = DockerSettings.fromEnvironment(Optional.empty()).image();
            return Finding.ok("docker", "Docker " + daemon.engineVersion() + " answers at " + daemon.host()
                    + " (API " + daemon.apiVersion().getVersion() + "); --engine auto uses it with the image " + image
                    + (daemonTime == null ? "" : ClockCheck.skewNote(daemonTime)) + ".");
        } catch (DockerUnavailableException e) {
            return Finding.missing("docker", "No Docker daemon answers at " + e.host() + " (" + e.reason()
                    + "); --engine auto falls back to the embedded engine. To use Docker, start it (systemctl start docker)"
                    + " or set DOCKER_HOST.");
        }
    }

    private static Instant daemonTime(DockerDaemon daemon) {
        try {
            String time = daemon.client().infoCmd().exec().getSystemTime();
            return time == null ? null : Instant.parse(time);
        } catch (RuntimeException e) {
            return null; // the clock line is a bonus; the daemon answered, which is what this check is about
        }
    }

    /** A Podman socket speaks Docker's API: ride reaches it through DOCKER_HOST. */
    static Finding podman() {
        for (Path socket : podmanSockets()) {
            if (!Files.exists(socket)) {
                continue;
            }
            String host = "unix://" + socket;
            try {
                DockerDaemon daemon = DockerDaemon.connect(Optional.of(host), ANSWER_WITHIN);
                return Finding.ok("podman", "Podman " + daemon.engineVersion() + " answers at " + host + " (API "
                        + daemon.apiVersion().getVersion() + "); --engine podman uses it, and --engine auto when no Docker answers.");
            } catch (DockerUnavailableException e) {
                return Finding.warn("podman", "A Podman socket is at " + socket + " but does not answer (" + e.reason()
                        + "): systemctl start podman.socket (or systemctl --user start podman.socket).");
            }
        }
        return Finding.info("podman", "No Podman socket (" + podmanSockets().get(podmanSockets().size() - 1)
                + "); only needed if you prefer Podman to Docker: systemctl start podman.socket.");
    }

    /** The bundled binaries (or RIDE_PG_BIN), extracted if needed and run once. */
    static Finding embedded() {
        PostgresBinaries binaries;
        try {
            binaries = PostgresBinaries.resolve();
        } catch (SandboxException e) {
            return Finding.missing("embedded", e.getMessage());
        }
        Optional<String> version = firstLine(binaries.postgres().toString(), "--version");
        if (version.isEmpty()) {
            return Finding.missing("embedded", binaries.postgres() + " does not run here (a 64-bit x86 Linux with glibc is"
                    + " needed); set RIDE_PG_BIN to the bin directory of a PostgreSQL 16, or use Docker.");
        }
        if (Proc.currentUid() == 0 && firstLine("setpriv", "--version").isEmpty()) {
            return Finding.missing("embedded", "As root the server runs as nobody through setpriv, which is missing:"
                    + " apt-get install util-linux.");
        }
        return Finding.ok("embedded", version.get() + " (" + binaries.origin() + ", " + binaries.binDir()
                + ") runs here; no Docker needed.");
    }

    /** PgBouncer for the scenarios with a pooler: /usr/sbin/pgbouncer (Debian's place) or on the PATH. */
    static Finding pgbouncer() {
        Path debian = Path.of("/usr/sbin/pgbouncer");
        String command = Files.isExecutable(debian) ? debian.toString() : "pgbouncer";
        Optional<String> version = firstLine(command, "--version");
        return version
                .map(v -> Finding.ok("pgbouncer", v + " (" + command + ") for the scenarios with a pooler."))
                .orElseGet(() -> Finding.warn("pgbouncer", "No pgbouncer on the PATH or in /usr/sbin: scenarios with a"
                        + " pooler need it on the embedded engine (apt-get install pgbouncer); the others do not."));
    }

    /** The first line a command prints, if it runs and exits 0 within a few seconds. */
    static Optional<String> firstLine(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? out.lines().findFirst().map(String::strip) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

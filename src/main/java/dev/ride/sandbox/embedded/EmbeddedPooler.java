package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.PgBouncerConfig;
import dev.ride.sandbox.PortRetry;
import dev.ride.sandbox.PortTaken;
import dev.ride.sandbox.Proc;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.Topology;

/**
 * The host's PgBouncer in front of an embedded primary, in a sandbox directory of its own: its
 * configuration and auth file in {@code data/} (so the directory's reaper finds the process by
 * its command line), its output in {@code server.log}, behind a {@link Watchdog} that stops it
 * (SIGTERM) when ride goes away. As root it runs as the server user, as PostgreSQL does.
 */
final class EmbeddedPooler {

    private static final long START_TIMEOUT_MILLIS = 10_000;

    private final Path binary;
    private final Topology.Pooler spec;
    private final SandboxDir dir;
    private final SandboxMarker marker;
    private final ServerUser user;
    private final String password;
    private int port;
    private int primaryPort;
    private Watchdog watchdog;
    private long pid;
    /** database → the settings of its own [databases] entry, from the learner's choices; cleared at start */
    private final java.util.Map<String, java.util.Map<String, String>> databaseSettings = new java.util.TreeMap<>();

    private EmbeddedPooler(Path binary, Topology.Pooler spec, SandboxDir dir, SandboxMarker marker, String password) {
        this.binary = binary;
        this.spec = spec;
        this.dir = dir;
        this.marker = marker;
        this.user = ServerUser.current();
        this.password = password;
    }

    static EmbeddedPooler create(Path binary, Path parent, String label, Topology.Pooler spec, String password) {
        try {
            SandboxDir dir = SandboxDir.create(parent);
            SandboxMarker marker = SandboxMarker.forThisProcess(label + "/" + spec.name(), 0);
            marker.write(dir.path());
            return new EmbeddedPooler(binary, spec, dir, marker, password);
        } catch (IOException e) {
            throw new SandboxException("Cannot create a sandbox directory in " + parent + ": " + e.getMessage(), e);
        }
    }

    Path directory() {
        return dir.path();
    }

    Endpoint endpoint() {
        return new Endpoint(spec.name(), Endpoint.Kind.POOLER, "127.0.0.1", port, EmbeddedEngine.SUPERUSER, password);
    }

    /** Starts PgBouncer in front of the server on {@code primaryPort}: a free port the first time, the same one after. */
    void start(int primaryPort) {
        this.primaryPort = primaryPort;
        databaseSettings.clear();
        try {
            if (port == 0) {
                port = PortRetry.onFreePort(p -> {
                    marker.withPort(p).write(dir.path());
                    launch(p);
                    return p;
                });
            } else {
                launch(port);
            }
        } catch (PortTaken e) {
            throw new SandboxException(spec.name() + " cannot start again: another process took its port " + port + ".", e);
        } catch (IOException e) {
            throw new SandboxException("PgBouncer could not start: " + e.getMessage(), e);
        }
    }

    private void launch(int onPort) throws IOException {
        Files.createDirectories(dir.data());
        Files.setPosixFilePermissions(dir.data(), PosixFilePermissions.fromString("rwx------"));
        user.own(dir.data());
        Path authFile = write("userlist.txt", PgBouncerConfig.authFile(EmbeddedEngine.SUPERUSER, password));
        Path ini = writeIni(onPort);
        Files.writeString(dir.log(), "");
        watchdog = Watchdog.start(user.wrap(java.util.List.of(binary.toString(), ini.toString())), dir.log(),
                dir.serverPidFile(), "TERM");
        try {
            pid = awaitListening(onPort);
        } catch (RuntimeException e) {
            watchdog.release(5000);
            watchdog = null;
            throw e;
        }
    }

    private Path writeIni(int onPort) throws IOException {
        return write("pgbouncer.ini", PgBouncerConfig.ini(spec, "127.0.0.1", onPort, "127.0.0.1", primaryPort,
                dir.data().resolve("userlist.txt").toString(), EmbeddedEngine.SUPERUSER, databaseSettings));
    }

    /**
     * Writes {@code settings} into {@code database}'s own entry of pgbouncer.ini, as an operator
     * edits the file: PgBouncer reads it at its next reload, not before.
     */
    void setDatabaseSettings(String database, java.util.Map<String, String> settings) {
        databaseSettings.put(database, new java.util.TreeMap<>(settings));
        try {
            writeIni(port);
        } catch (IOException e) {
            throw new SandboxException("Cannot rewrite " + spec.name() + "'s pgbouncer.ini: " + e.getMessage(), e);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.data().resolve(name);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text);
        user.own(file);
        return file;
    }

    /** Waits until the port accepts a TCP connection; returns PgBouncer's pid. */
    private long awaitListening(int onPort) {
        long deadline = System.nanoTime() + START_TIMEOUT_MILLIS * 1_000_000;
        while (true) {
            Long started = watchdog.serverPid().orElse(null);
            if (started != null && Proc.isRunning(started) && accepts(onPort)) {
                return started;
            }
            if (!watchdog.shellAlive() || (started != null && !Proc.isRunning(started))) {
                String tail = dir.logTail(10);
                if (tail.contains("Address already in use")) {
                    throw new PortTaken();
                }
                throw new SandboxException("PgBouncer exited while starting; its output ends with:\n" + tail);
            }
            if (System.nanoTime() > deadline) {
                throw new SandboxException("PgBouncer did not listen within " + START_TIMEOUT_MILLIS / 1000
                        + " s; its output ends with:\n" + dir.logTail(10));
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SandboxException("Interrupted while PgBouncer started.", e);
            }
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    boolean isRunning() {
        return watchdog != null && Proc.isRunning(pid);
    }

    /**
     * Rewrites pgbouncer.ini's {@code [databases]} to the server on {@code serverPort} and reloads:
     * PgBouncer closes its server connections to the old address once they are released, and the
     * next ones go to the new one. The clients' connections stay.
     */
    void repoint(int serverPort) {
        if (!isRunning()) {
            throw new SandboxException(spec.name() + " is not running.");
        }
        this.primaryPort = serverPort;
        try {
            writeIni(port); // the learner's choices go along to the new server
        } catch (IOException e) {
            throw new SandboxException("Cannot rewrite " + spec.name() + "'s pgbouncer.ini: " + e.getMessage(), e);
        }
        Proc.signal(pid, "HUP");
    }

    /** SIGHUP: PgBouncer re-reads pgbouncer.ini. */
    void reload() {
        if (!isRunning()) {
            throw new SandboxException(spec.name() + " is not running.");
        }
        Proc.signal(pid, "HUP");
    }

    /** Stops PgBouncer at once (SIGTERM through the watchdog). */
    void stop() {
        if (watchdog != null) {
            watchdog.release(5000);
            Proc.awaitExit(pid, 5000);
            watchdog = null;
        }
    }

    void destroy() {
        stop();
        try {
            dir.destroy();
        } catch (IOException e) {
            // left for the next run's reaper
        }
    }
}

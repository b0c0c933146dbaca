package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.PortRetry;
import dev.ride.sandbox.PortTaken;
import dev.ride.sandbox.Proc;
import dev.ride.sandbox.SandboxException;

/**
 * One server of an {@link EmbeddedTopology}, in a sandbox directory of its own (so {@code ride
 * sandbox ls} lists it and the {@link LeftoverReaper} removes it like any other). Unlike an
 * {@link EmbeddedSandbox} it can stop and start again in place, on the same port with the same
 * password: operator actions crash it, start it, fence it.
 */
final class EmbeddedServer {

    private final ClusterLauncher launcher;
    private final ServerUser user;
    private final SandboxDir dir;
    private final SandboxMarker marker;
    private final String name;
    private final String label;
    private final String password;
    private final boolean asyncCommit;
    private final Endpoint.Kind initialKind;
    private int port;
    private ClusterLauncher.Running running;
    private boolean fenced;

    private EmbeddedServer(ClusterLauncher launcher, ServerUser user, SandboxDir dir, SandboxMarker marker, String name,
                           String label, String password, boolean asyncCommit, Endpoint.Kind kind) {
        this.launcher = launcher;
        this.user = user;
        this.dir = dir;
        this.marker = marker;
        this.name = name;
        this.label = label;
        this.password = password;
        this.asyncCommit = asyncCommit;
        this.initialKind = kind;
    }

    /**
     * A new sandbox directory for the server {@code name} of the run {@code label}; nothing runs
     * yet. Its marker's label is {@code <label>/<name>}.
     */
    static EmbeddedServer create(ClusterLauncher launcher, Path parent, String label, String name, String password,
                                 boolean asyncCommit, Endpoint.Kind kind) {
        String ownLabel = label + "/" + name;
        try {
            SandboxDir dir = SandboxDir.create(parent);
            SandboxMarker marker = SandboxMarker.forThisProcess(ownLabel, 0);
            marker.write(dir.path());
            return new EmbeddedServer(launcher, ServerUser.current(), dir, marker, name, ownLabel, password, asyncCommit, kind);
        } catch (IOException e) {
            throw new SandboxException("Cannot create a sandbox directory in " + parent + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    SandboxDir dir() {
        return dir;
    }

    ServerUser user() {
        return user;
    }

    int port() {
        return port;
    }

    /** Where it is: its role as the scenario declared it (a promoted standby keeps its name). */
    Endpoint endpoint() {
        return new Endpoint(name, initialKind, "127.0.0.1", port, EmbeddedEngine.SUPERUSER, password);
    }

    /**
     * Makes the data directory a copy of {@code base} (a stopped cluster; the server must be
     * stopped): only the files that differ from it are copied ({@link DataDirSync}).
     */
    void populateFrom(Path base) throws IOException {
        DataDirSync.sync(base, dir.data(), user);
        Files.createDirectories(dir.socketDir());
        user.own(dir.socketDir());
    }

    /** Starts it: on a free port the first time, on the same port ever after. */
    void start() {
        start(password, c -> { });
    }

    /**
     * Starts it on a cluster whose superuser logs in with {@code loginPassword} (a fresh copy
     * still has the prepared one) and runs {@code onLogin} on that first session.
     */
    void start(String loginPassword, java.util.function.Consumer<java.sql.Connection> onLogin) {
        if (fenced) {
            throw new SandboxException(name + " is fenced: it stays down until :reset.");
        }
        if (isRunning()) {
            throw new SandboxException(name + " is running already.");
        }
        long begin = System.nanoTime();
        try {
            if (port == 0) {
                port = PortRetry.onFreePort(p -> {
                    marker.withPort(p).write(dir.path());
                    running = launcher.run(dir, user, p, label, loginPassword, begin, asyncCommit, onLogin);
                    return p;
                });
            } else {
                running = launcher.run(dir, user, port, label, loginPassword, begin, asyncCommit, onLogin);
            }
        } catch (PortTaken e) {
            // only on a restart: the first start tries other ports
            throw new SandboxException(name + " cannot start again: another process took its port " + port + ".", e);
        } catch (IOException e) {
            throw new SandboxException(name + " could not start: " + e.getMessage(), e);
        }
    }

    boolean isRunning() {
        return running != null && Proc.isRunning(running.pid());
    }

    /** An immediate shutdown (SIGQUIT), as a crash: no checkpoint, crash recovery at the next start. */
    void crash() {
        if (running != null) {
            running.watchdog().release(5000);
            Proc.awaitExit(running.pid(), 5000);
            running = null;
        }
    }

    /** Crashes it if it runs, and keeps it from starting until {@link #unfence()}. */
    void fence() {
        crash();
        fenced = true;
    }

    void unfence() {
        fenced = false;
    }

    boolean fenced() {
        return fenced;
    }

    /** Stops the server and deletes its directory. */
    void destroy() {
        crash();
        try {
            dir.destroy();
        } catch (IOException e) {
            // left for the next run's reaper
        }
    }

    /** Writes {@code text} to {@code file} in its directory, readable by the server user only. */
    Path writePrivate(String file, String text) throws IOException {
        Path path = dir.path().resolve(file);
        Files.deleteIfExists(path);
        Files.createFile(path, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(path, text);
        user.own(path);
        return path;
    }
}

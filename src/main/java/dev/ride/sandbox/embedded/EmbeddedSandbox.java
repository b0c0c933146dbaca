package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.ride.sandbox.ManagedSandbox;
import dev.ride.sandbox.Proc;
import dev.ride.sandbox.SandboxException;

/**
 * A server started by {@link EmbeddedEngine}. {@link #close()} (or the JVM's shutdown hook on a
 * normal exit or SIGTERM) stops it and deletes its directory; after {@code kill -9} of the JVM the
 * watchdog stops it and the next run's {@link LeftoverReaper} deletes the directory.
 */
public final class EmbeddedSandbox extends ManagedSandbox {

    private final SandboxDir dir;
    private final Watchdog watchdog;
    private final long pid;
    private final int port;
    private final String password;
    private final String label;
    private final String description;
    private final Duration startup;
    /** The server was stopped (cleanly by {@link #stopServer()}, or on release); the files may remain. */
    private final AtomicBoolean stopped = new AtomicBoolean();

    EmbeddedSandbox(SandboxDir dir, Watchdog watchdog, long pid, int port, String password, String label,
                    String description, Duration startup) {
        this.dir = dir;
        this.watchdog = watchdog;
        this.pid = pid;
        this.port = port;
        this.password = password;
        this.label = label;
        this.description = description;
        this.startup = startup;
        releaseOnExit(Integer.toString(port));
    }

    @Override
    public String engine() {
        return "embedded";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String user() {
        return EmbeddedEngine.SUPERUSER;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String description() {
        return description + " on port " + port;
    }

    public String label() {
        return label;
    }

    /** The postmaster's process id. */
    public long pid() {
        return pid;
    }

    /** The sandbox's directory (data/, sock/, server.log); gone after {@link #close()}. */
    public Path directory() {
        return dir.path();
    }

    /** From {@link SandboxEngine#start} being called to the first successful login. */
    public Duration startupTime() {
        return startup;
    }

    /** The server process still runs (cheaper than {@link #isAlive()}, which logs in). */
    public boolean serverRunning() {
        return !isClosed() && !stopped.get() && Proc.isRunning(pid);
    }

    @Override
    public boolean isAlive() {
        return serverRunning() && super.isAlive();
    }

    /** The cluster's directory. */
    Path dataDir() {
        return dir.data();
    }

    /**
     * Shuts the server down cleanly (a checkpoint, then exit) and keeps the files, so the data
     * directory can be copied; {@link #close()} still removes them.
     */
    void stopServer() {
        if (stopped.compareAndSet(false, true)) {
            Proc.stopPostmaster(pid, dir.data().toString(), 30_000);
            watchdog.release(5000);
            if (java.nio.file.Files.exists(dir.data().resolve("postmaster.pid"))) {
                throw new SandboxException("The embedded PostgreSQL did not shut down cleanly; its log ends with:\n"
                        + dir.logTail(15));
            }
        }
    }

    /** Stops the server if it still runs and deletes the sandbox's directory. */
    @Override
    protected void release() {
        if (stopped.compareAndSet(false, true)) {
            // Immediate shutdown (the watchdog's SIGQUIT when its pipe closes): the cluster is
            // deleted next, so the checkpoint of a fast shutdown would be wasted time at \q.
            watchdog.release(5000);
            if (Proc.isRunning(pid)) {
                Proc.stopPostmaster(pid, dir.data().toString(), 5000);
            }
        }
        try {
            dir.destroy();
        } catch (IOException e) {
            // left for the next run's reaper; nothing useful to tell a learner who is leaving
        }
    }

    @Override
    public String toString() {
        return description() + " [" + dir.path() + "]";
    }
}

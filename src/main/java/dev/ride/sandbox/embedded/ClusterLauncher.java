package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import dev.ride.sandbox.Passwords;
import dev.ride.sandbox.PortRetry;
import dev.ride.sandbox.PortTaken;
import dev.ride.sandbox.Proc;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.ServerLogSettings;

/**
 * Starts one embedded server: a fresh sandbox directory, a cluster in it (initdb, or a copy of a
 * prepared one), then {@code postgres} itself on 127.0.0.1 and a free port behind a {@link Watchdog},
 * as the {@link ServerUser}; the sandbox is handed out once a real login works.
 */
final class ClusterLauncher {

    private static final int MAX_SOCKET_PATH = 107;

    private final PostgresBinaries binaries;
    private final Path parent;
    private final Duration timeout;

    ClusterLauncher(PostgresBinaries binaries, Path parent, Duration timeout) {
        this.binaries = binaries;
        this.parent = parent;
        this.timeout = timeout;
    }

    /** A server on a copy of {@code entry}'s cluster, handed out with a new random password. */
    EmbeddedSandbox startFrom(String label, PreparedDataDirs.Entry entry) {
        return launch(label, (dir, user) -> {
            Files.createDirectories(dir.socketDir());
            user.own(dir.socketDir());
            PreparedDataDirs.copyTree(entry.data(), dir.data(), user);
            return entry.password();
        }, true);
    }

    /** Fills a new sandbox directory with a cluster; returns its superuser's password. */
    interface Populate {
        String into(SandboxDir dir, ServerUser user) throws IOException;
    }

    /**
     * A new sandbox directory filled by {@code populate}, its server started on a free port; with
     * {@code newPassword} the superuser gets a new random password at the first login.
     */
    EmbeddedSandbox launch(String label, Populate populate, boolean newPassword) {
        long begin = System.nanoTime();
        SandboxDir dir;
        try {
            dir = SandboxDir.create(parent);
        } catch (IOException e) {
            throw new SandboxException("Cannot create a sandbox directory in " + parent + ": " + e.getMessage(), e);
        }
        ServerUser user = ServerUser.current();
        try {
            SandboxMarker marker = SandboxMarker.forThisProcess(label, 0);
            marker.write(dir.path());
            String password = populate.into(dir, user);
            return PortRetry.onFreePort(port -> {
                marker.withPort(port).write(dir.path());
                String handedOut = newPassword ? Passwords.random() : password;
                Running running = run(dir, user, port, label, password, begin, true,
                        newPassword ? c -> Passwords.replace(c, EmbeddedEngine.SUPERUSER, handedOut) : c -> { });
                return new EmbeddedSandbox(dir, running.watchdog(), running.pid(), port, handedOut, label,
                        describe(dir.data()), Duration.ofNanos(System.nanoTime() - begin));
            });
        } catch (IOException | RuntimeException e) {
            SandboxException failure = e instanceof SandboxException se ? se
                    : new SandboxException("The embedded PostgreSQL could not start: " + e.getMessage(), e);
            try {
                dir.destroy();
            } catch (IOException ignored) {
                // the reaper of the next run removes what is left
            }
            throw failure;
        }
    }

    /** A server started behind its watchdog, ready and logged into once. */
    record Running(Watchdog watchdog, long pid) {
    }

    /**
     * Starts the cluster already in {@code dir} on {@code port} and waits until {@code password}
     * logs in (then {@code onLogin} runs on that session). A failed start leaves nothing running.
     *
     * @param asyncCommit forces {@code synchronous_commit=off} on the command line; a server whose
     *                    commits should wait for a synchronous standby leaves it to its configuration
     * @throws PortTaken when another process bound the port first
     */
    Running run(SandboxDir dir, ServerUser user, int port, String label, String password, long begin,
                boolean asyncCommit, Consumer<Connection> onLogin) throws IOException {
        Watchdog watchdog = Watchdog.start(user.wrap(serverCommand(dir, port, label, asyncCommit)), dir.log(),
                dir.serverPidFile());
        try {
            return new Running(watchdog, awaitReady(dir, watchdog, port, password, begin, onLogin));
        } catch (PortTaken e) {
            watchdog.release(5000);
            throw e;
        } catch (RuntimeException e) {
            watchdog.serverPid().ifPresent(pid -> Proc.stopPostmaster(pid, dir.data().toString(), 2000));
            watchdog.release(5000);
            throw e;
        }
    }

    /** A new cluster in {@code dir}, its superuser's password {@code password}. */
    void initdb(SandboxDir dir, ServerUser user, String password) throws IOException {
        Files.createDirectories(dir.data());
        Files.createDirectories(dir.socketDir());
        Files.writeString(dir.passwordFile(), password + "\n");
        for (Path p : List.of(dir.data(), dir.socketDir(), dir.passwordFile())) {
            user.own(p);
        }
        List<String> command = user.wrap(List.of(
                binaries.initdb().toString(), "-D", dir.data().toString(),
                "-U", EmbeddedEngine.SUPERUSER, "--pwfile=" + dir.passwordFile(),
                // no trust, not even on the socket: nobody (65534) is shared by other daemons
                "--auth=scram-sha-256",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
                // 1 MB WAL segments (with min_wal_size below): a prepared copy carries a few MB of
                // WAL instead of 48, and every warm start copies it
                "--wal-segsize=1"));
        try {
            int status = Watchdog.runJob(command, dir.log(), dir.serverPidFile(), timeout);
            if (status != 0) {
                throw new SandboxException("initdb failed" + (status < 0 ? " (timed out)" : "")
                        + "; its output ends with:\n" + dir.logTail(15));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while initdb ran.", e);
        } finally {
            Files.deleteIfExists(dir.passwordFile());
        }
    }

    /** {@code postgres} itself rather than pg_ctl: one process, its pid known, signals go straight to it. */
    private List<String> serverCommand(SandboxDir dir, int port, String label, boolean asyncCommit) {
        List<String> command = new ArrayList<>(List.of(
                binaries.postgres().toString(), "-D", dir.data().toString(), "-p", Integer.toString(port),
                // the default socket dir is not writable by the server user; a socket path over 107
                // bytes (a long TMPDIR) cannot be created at all, then TCP alone must do
                "-k", socketPath(dir, port).length() <= MAX_SOCKET_PATH ? dir.socketDir().toString() : ""));
        List<String> settings = new ArrayList<>(List.of(
                "listen_addresses=127.0.0.1",
                "shared_preload_libraries=pg_stat_statements",
                // a throwaway server: durability buys nothing and costs start-up and reset time
                "fsync=off", "full_page_writes=off",
                // logical decoding: a setup can leave a CDC consumer's logical replication slot,
                // which only a server started with this level can create (stage-04/09)
                "wal_level=logical",
                // little WAL kept around (checkpoints cost nothing with fsync off): a prepared copy
                // then holds a few MB of WAL instead of 40
                "min_wal_size=2MB", "max_wal_size=8MB", "checkpoint_warning=0",
                // containers often have a tiny /dev/shm, which breaks parallel hash joins
                "dynamic_shared_memory_type=mmap",
                // shows in ps next to every server process
                "cluster_name=ride " + clusterName(label)));
        if (asyncCommit) {
            settings.add("synchronous_commit=off");
        }
        settings.addAll(ServerLogSettings.SETTINGS);
        for (String setting : settings) {
            command.add("-c");
            command.add(setting);
        }
        return command;
    }

    private static String socketPath(SandboxDir dir, int port) {
        return dir.socketDir().resolve(".s.PGSQL." + port).toString();
    }

    private static String clusterName(String label) {
        String clean = label.replaceAll("[^A-Za-z0-9._/-]", "_");
        return clean.length() > 50 ? clean.substring(0, 50) : clean;
    }

    /** Waits for "ready" in postmaster.pid, then for a real login; returns the postmaster's pid. */
    private long awaitReady(SandboxDir dir, Watchdog watchdog, int port, String password, long begin,
                            Consumer<Connection> onLogin) {
        long deadline = begin + timeout.toNanos();
        Long pid = null;
        while (true) {
            if (pid == null) {
                pid = watchdog.serverPid().orElse(null);
            }
            if (pid != null && dir.ready()) {
                break;
            }
            if (!watchdog.shellAlive() || (pid != null && !Proc.isRunning(pid))) {
                failStart(dir, "exited while starting");
            }
            checkDeadline(dir, deadline);
            pause();
        }
        Properties login = new Properties();
        login.setProperty("user", EmbeddedEngine.SUPERUSER);
        login.setProperty("password", password);
        login.setProperty("connectTimeout", "5");
        while (true) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", login)) {
                onLogin.accept(c);
                return pid;
            } catch (SQLException e) {
                if (!Proc.isRunning(pid)) {
                    failStart(dir, "exited while starting");
                }
                if (System.nanoTime() > deadline) {
                    throw new SandboxException("The embedded PostgreSQL is up but refuses logins (" + e.getMessage()
                            + "); its log ends with:\n" + dir.logTail(15), e);
                }
                pause();
            }
        }
    }

    private void checkDeadline(SandboxDir dir, long deadline) {
        if (System.nanoTime() > deadline) {
            throw new SandboxException("The embedded PostgreSQL did not become ready within " + timeout.toSeconds()
                    + " s; its log ends with:\n" + dir.logTail(15));
        }
    }

    private static void failStart(SandboxDir dir, String what) {
        String tail = dir.logTail(15);
        if (tail.contains("could not bind") || tail.contains("Address already in use")) {
            throw new PortTaken();
        }
        throw new SandboxException("The embedded PostgreSQL " + what + "; its log ends with:\n" + tail);
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while the sandbox started.", e);
        }
    }

    /** "embedded PostgreSQL 16 (bundled ...)", from the cluster in {@code data}. */
    String describe(Path data) {
        String major;
        try {
            major = Files.readString(data.resolve("PG_VERSION")).trim();
        } catch (IOException e) {
            major = "?";
        }
        return "embedded PostgreSQL " + major + " (" + binaries.origin() + ")";
    }

}

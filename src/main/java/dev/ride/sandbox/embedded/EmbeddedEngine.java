package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.ride.sandbox.Passwords;
import dev.ride.sandbox.PortRetry;
import dev.ride.sandbox.PortTaken;
import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.Proc;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.SandboxException;

/**
 * Real PostgreSQL server binaries started as a child process: no Docker needed, so the first
 * command works on a fresh machine. Each {@link #start} runs initdb into a fresh temp directory and
 * starts {@code postgres} on 127.0.0.1 behind a {@link Watchdog}; as root the server runs as nobody.
 */
public final class EmbeddedEngine implements SandboxEngine {

    static final String SUPERUSER = "postgres";
    private static final int MAX_SOCKET_PATH = 107;
    private static final Object REAPED_LOCK = new Object();
    private static boolean reaped;
    /** Part of every warm-start cache key: bump it when what a prepared copy holds changes. */
    private static final String CACHE_FORMAT = "embedded-prepared-3";
    /** The cache key of a cluster straight from initdb. */
    private static final String EMPTY_CLUSTER = "empty-cluster";

    private final PostgresBinaries binaries;
    private final Path parent;
    private final Duration timeout;
    private PreparedDataDirs preparedCache;

    /** Bundled binaries (or {@code RIDE_PG_BIN}), sandboxes under the temp dir, 30 s to become ready. */
    public EmbeddedEngine() {
        this(PostgresBinaries.resolve(), SandboxDir.parent(), Duration.ofSeconds(30));
    }

    public EmbeddedEngine(PostgresBinaries binaries, Path parent, Duration timeout) {
        this.binaries = binaries;
        this.parent = parent;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "embedded";
    }

    /**
     * An empty cluster. initdb runs once per binaries: its result is kept in the cache (before the
     * server first writes to it) and later empty clusters are copies of it with a new password, so
     * the first run of every other scenario skips initdb too.
     */
    @Override
    public EmbeddedSandbox start(String label) {
        reapLeftoversOnce();
        PreparedDataDirs cache = preparedCache();
        String key = cacheKey(EMPTY_CLUSTER);
        Optional<PreparedDataDirs.Entry> empty = cache.find(key);
        if (empty.isPresent()) {
            try {
                return startFrom(label, empty.get());
            } catch (SandboxException e) {
                cache.discard(key);
            }
        }
        return launch(label, (dir, user) -> {
            String password = Passwords.random();
            initdb(dir, user, password);
            try {
                cache.store(key, dir.data(), password);
            } catch (IOException e) {
                // no cache this time (read-only or full disk): the next run runs initdb again
            }
            return password;
        }, false);
    }

    /**
     * Warm start: the first run for a key installs the state into a cold server, stops it cleanly
     * and keeps a copy of its data directory in the cache; every run then starts from a copy of
     * that (no initdb, no setup SQL) and sets a new random password before handing it out.
     */
    @Override
    public EmbeddedSandbox start(String label, PreparedState state) {
        reapLeftoversOnce();
        PreparedDataDirs cache = preparedCache();
        String key = cacheKey(state.key());
        Optional<PreparedDataDirs.Entry> entry = cache.find(key);
        if (entry.isPresent()) {
            try {
                return startFrom(label, entry.get());
            } catch (SandboxException e) {
                // a damaged entry (disk full while storing, files removed by hand): prepare it again
                cache.discard(key);
            }
        }
        EmbeddedSandbox cold = start(label);
        PreparedDataDirs.Entry own;
        try {
            state.install().accept(cold);
            cold.stopServer();
            own = new PreparedDataDirs.Entry(cold.dataDir(), cold.password());
        } catch (RuntimeException e) {
            cold.close();
            throw e;
        }
        return startFromFirstRun(label, cache, key, cold, own);
    }

    /**
     * A first run's sandbox: a copy of the stopped cold cluster on the same fast file system, while
     * another thread copies it into the cache (on disk, slower); the cold cluster is removed once
     * both copies are done. Closing the sandbox waits for the cache copy, so a run that follows
     * finds it complete.
     */
    private EmbeddedSandbox startFromFirstRun(String label, PreparedDataDirs cache, String key,
                                             EmbeddedSandbox cold, PreparedDataDirs.Entry own) {
        CountDownLatch copied = new CountDownLatch(1);
        Thread keeper = new Thread(() -> {
            try {
                cache.store(key, own.data(), own.password());
            } catch (IOException | RuntimeException e) {
                // no cache this time (read-only or full disk): the next run prepares again
            } finally {
                awaitQuietly(copied);
                cold.close();
            }
        }, "ride-prepared-store");
        keeper.setDaemon(true);
        keeper.start();
        try {
            EmbeddedSandbox sandbox = startFrom(label, own);
            sandbox.awaitOnClose(keeper);
            return sandbox;
        } finally {
            copied.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The warm-start cache; {@link #withPreparedCache} points a test at its own. */
    private PreparedDataDirs preparedCache() {
        return preparedCache != null ? preparedCache : PreparedDataDirs.inCacheDir();
    }

    /** This engine with its warm-start cache under {@code root} (tests). */
    public EmbeddedEngine withPreparedCache(Path root) {
        EmbeddedEngine copy = new EmbeddedEngine(binaries, parent, timeout);
        copy.preparedCache = new PreparedDataDirs(root);
        return copy;
    }

    /**
     * The cache key: the caller's key plus what makes a data directory from these binaries
     * unusable elsewhere (the binaries' place, size and date: a new PostgreSQL gets a new key).
     */
    public String cacheKey(String stateKey) {
        try {
            Path postgres = binaries.postgres().toRealPath();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(CACHE_FORMAT, postgres.toString(), Long.toString(Files.size(postgres)),
                    Long.toString(Files.getLastModifiedTime(postgres).toMillis()), stateKey)) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (IOException e) {
            throw new SandboxException("Cannot read the PostgreSQL binaries " + binaries.binDir() + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private EmbeddedSandbox startFrom(String label, PreparedDataDirs.Entry entry) {
        return launch(label, (dir, user) -> {
            Files.createDirectories(dir.socketDir());
            user.own(dir.socketDir());
            PreparedDataDirs.copyTree(entry.data(), dir.data(), user);
            return entry.password();
        }, true);
    }

    /** Fills a new sandbox directory with a cluster; returns its superuser's password. */
    private interface Populate {
        String into(SandboxDir dir, ServerUser user) throws IOException;
    }

    private EmbeddedSandbox launch(String label, Populate populate, boolean newPassword) {
        reapLeftoversOnce();
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
                Watchdog watchdog = Watchdog.start(user.wrap(serverCommand(dir, port, label)), dir.log(),
                        dir.serverPidFile());
                try {
                    String handedOut = newPassword ? Passwords.random() : password;
                    long pid = awaitReady(dir, watchdog, port, password, begin,
                            newPassword ? c -> Passwords.replace(c, SUPERUSER, handedOut) : c -> { });
                    return new EmbeddedSandbox(dir, watchdog, pid, port, handedOut, label,
                            describe(dir), Duration.ofNanos(System.nanoTime() - begin));
                } catch (PortTaken e) {
                    watchdog.release(5000);
                    throw e;
                } catch (RuntimeException e) {
                    watchdog.serverPid().ifPresent(pid -> Proc.stopPostmaster(pid, dir.data().toString(), 2000));
                    watchdog.release(5000);
                    throw e;
                }
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

    private void initdb(SandboxDir dir, ServerUser user, String password) throws IOException {
        Files.createDirectories(dir.data());
        Files.createDirectories(dir.socketDir());
        Files.writeString(dir.passwordFile(), password + "\n");
        for (Path p : List.of(dir.data(), dir.socketDir(), dir.passwordFile())) {
            user.own(p);
        }
        List<String> command = user.wrap(List.of(
                binaries.initdb().toString(), "-D", dir.data().toString(),
                "-U", SUPERUSER, "--pwfile=" + dir.passwordFile(),
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
    private List<String> serverCommand(SandboxDir dir, int port, String label) {
        List<String> command = new ArrayList<>(List.of(
                binaries.postgres().toString(), "-D", dir.data().toString(), "-p", Integer.toString(port),
                // the default socket dir is not writable by the server user; a socket path over 107
                // bytes (a long TMPDIR) cannot be created at all, then TCP alone must do
                "-k", socketPath(dir, port).length() <= MAX_SOCKET_PATH ? dir.socketDir().toString() : ""));
        for (String setting : List.of(
                "listen_addresses=127.0.0.1",
                "shared_preload_libraries=pg_stat_statements",
                // a throwaway server: durability buys nothing and costs start-up and reset time
                "fsync=off", "synchronous_commit=off", "full_page_writes=off",
                // little WAL kept around (checkpoints cost nothing with fsync off): a prepared copy
                // then holds a few MB of WAL instead of 40
                "min_wal_size=2MB", "max_wal_size=8MB", "checkpoint_warning=0",
                // containers often have a tiny /dev/shm, which breaks parallel hash joins
                "dynamic_shared_memory_type=mmap",
                // shows in ps next to every server process
                "cluster_name=ride " + clusterName(label))) {
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
        login.setProperty("user", SUPERUSER);
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

    private String describe(SandboxDir dir) {
        String major;
        try {
            major = Files.readString(dir.data().resolve("PG_VERSION")).trim();
        } catch (IOException e) {
            major = "?";
        }
        return "embedded PostgreSQL " + major + " (" + binaries.origin() + ")";
    }

    /** Leftovers of killed runs are removed once per JVM, before its first sandbox. */
    private void reapLeftoversOnce() {
        synchronized (REAPED_LOCK) {
            if (!reaped) {
                reaped = true;
                new LeftoverReaper(parent).reap();
            }
        }
    }
}

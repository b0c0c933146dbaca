package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.ride.sandbox.Passwords;
import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.Topology;
import dev.ride.sandbox.WarmStart;

/**
 * Real PostgreSQL server binaries started as a child process: no Docker needed, so the first
 * command works on a fresh machine. Each {@link #start} fills a fresh temp directory with a cluster
 * (a copy of a prepared one from the cache, or initdb the first time: {@link PreparedClusters}) and
 * starts {@code postgres} on 127.0.0.1 behind a {@link Watchdog} ({@link ClusterLauncher}); as root
 * the server runs as nobody.
 */
public final class EmbeddedEngine implements SandboxEngine {

    static final String SUPERUSER = "postgres";
    private static final Object REAPED_LOCK = new Object();
    private static boolean reaped;
    /** Part of every warm-start cache key: bump it when what a prepared copy holds changes. */
    private static final String CACHE_FORMAT = "embedded-prepared-3";
    /** The cache key of a cluster straight from initdb. */
    private static final String EMPTY_CLUSTER = "empty-cluster";

    private final PostgresBinaries binaries;
    private final Path parent;
    private final Duration timeout;
    private final ClusterLauncher launcher;
    private PreparedDataDirs preparedCache;

    /** Bundled binaries (or {@code RIDE_PG_BIN}), sandboxes under the temp dir, 30 s to become ready. */
    public EmbeddedEngine() {
        this(PostgresBinaries.resolve(), SandboxDir.parent(), Duration.ofSeconds(30));
    }

    public EmbeddedEngine(PostgresBinaries binaries, Path parent, Duration timeout) {
        this.binaries = binaries;
        this.parent = parent;
        this.timeout = timeout;
        this.launcher = new ClusterLauncher(binaries, parent, timeout);
    }

    @Override
    public String name() {
        return "embedded";
    }

    /** An empty cluster (only the {@code postgres} database), a copy of initdb's output after the first run ({@link PreparedClusters.Empty}). */
    @Override
    public EmbeddedSandbox start(String label) {
        reapLeftoversOnce();
        return WarmStart.start(new PreparedClusters.Empty(launcher, preparedCache(), label), cacheKey(EMPTY_CLUSTER));
    }

    /**
     * Warm start: the first run for a key installs the state into an empty cluster and keeps a
     * stopped copy of it in the cache; every run then starts from a copy of that
     * ({@link PreparedClusters.Installed}) and sets a new random password before handing it out.
     */
    @Override
    public EmbeddedSandbox start(String label, PreparedState state) {
        reapLeftoversOnce();
        PreparedClusters.Installed storage = new PreparedClusters.Installed(launcher, preparedCache(), label,
                () -> start(label));
        return WarmStart.start(storage, cacheKey(state.key()), state.install());
    }

    /**
     * Every part of {@code topology}, each server a copy of the scenario's prepared data directory
     * ({@link EmbeddedTopology}) with the run's new password. The first run for a state prepares
     * it by an ordinary warm start, whose cluster is then stopped and copied instead. A pooler
     * needs the host's PgBouncer: without one nothing starts.
     */
    @Override
    public EmbeddedTopology start(String label, PreparedState state, Topology topology) {
        Optional<Path> pgbouncer = topology.pooler().isPresent()
                ? Optional.of(PgBouncerBinary.require(System.getenv())) : Optional.empty();
        reapLeftoversOnce();
        TopologyTrace trace = TopologyTrace.fromEnvironment("start");
        String key = cacheKey(state.key());
        Optional<PreparedDataDirs.Entry> prepared = preparedCache().find(key);
        if (prepared.isPresent()) {
            try {
                return EmbeddedTopology.start(launcher, parent, label, topology,
                        new EmbeddedTopology.Source(prepared.get().data(), prepared.get().password(), false),
                        Passwords.random(), launcher.describe(prepared.get().data()), pgbouncer, trace);
            } catch (SandboxException e) {
                // a damaged copy (disk full while storing, files removed by hand): prepare it again
                preparedCache().discard(key);
            }
        }
        EmbeddedSandbox seed = start(label, state);
        trace.step("seed started");
        try {
            seed.stopServer();
            trace.step("seed stopped");
            return EmbeddedTopology.start(launcher, parent, label, topology,
                    new EmbeddedTopology.Source(seed.dataDir(), seed.password(), true), seed.password(),
                    launcher.describe(seed.dataDir()), pgbouncer, trace);
        } finally {
            seed.close();
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

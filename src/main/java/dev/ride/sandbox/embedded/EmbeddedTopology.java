package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.ManagedSandbox;
import dev.ride.sandbox.OperatorAction;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.ServerControl;
import dev.ride.sandbox.Topology;
import dev.ride.sandbox.TopologySandbox;

/**
 * The servers of a {@link Topology} and its pooler on this machine. Every server is a copy of the
 * scenario's prepared data directory, a cleanly stopped cluster (the warm-start cache's entry;
 * for resets a copy of it, the "base", kept in the primary's directory): the primary as it is,
 * each standby with {@code standby.signal} and its replication settings, so it streams from the
 * primary's first WAL record on. The bundled binaries have no pg_basebackup, and need none: a
 * cleanly stopped cluster is a valid base backup of the server that goes on from it. The servers
 * start side by side; the primary's first session gives its superuser the run's password, which
 * the standbys replay. {@link #resetTopology()} makes every server a copy of the base again
 * (copying only the files that differ, {@link DataDirSync}), which undoes a promotion as well as
 * any data change.
 */
public final class EmbeddedTopology extends ManagedSandbox implements TopologySandbox {

    private static final String BASE = "base";
    private static final String BACKUP = "backup";

    private final Topology topology;
    private final Map<String, EmbeddedServer> servers;
    private final Optional<EmbeddedPooler> pooler;
    private final String password;
    private final String description;
    /** The base's superuser password: the prepared copy's, which every start replaces with the run's. */
    private final String basePassword;
    /** Done once the base is complete in the primary's directory (a warm start copies it aside). */
    private final CompletableFuture<Void> baseReady;

    private EmbeddedTopology(Topology topology, Map<String, EmbeddedServer> servers, Optional<EmbeddedPooler> pooler,
                             String password, String description, String basePassword, CompletableFuture<Void> baseReady) {
        this.topology = topology;
        this.servers = servers;
        this.pooler = pooler;
        this.password = password;
        this.description = description;
        this.basePassword = basePassword;
        this.baseReady = baseReady;
        releaseOnExit("topology-" + primary().port());
    }

    /**
     * A stopped cluster holding the scenario's state, which every server is a copy of.
     *
     * @param password its superuser's password (the prepared copy's; each start sets the run's)
     * @param owned    true when the topology may take it over (a seed started for this run only):
     *                 it is moved into place as the base; otherwise (the warm-start cache's entry,
     *                 which other runs use) the base is a copy, made aside once the servers run
     */
    record Source(Path data, String password, boolean owned) {
    }

    /**
     * Starts every part of {@code topology} from {@code source}, the primary's superuser getting
     * the run's {@code password} (and the standbys by replaying it).
     *
     * @param pgbouncer the host's PgBouncer, required when the topology has a pooler
     */
    static EmbeddedTopology start(ClusterLauncher launcher, Path parent, String label, Topology topology, Source source,
                                  String password, String description, Optional<Path> pgbouncer, TopologyTrace trace) {
        Map<String, EmbeddedServer> servers = new LinkedHashMap<>();
        Optional<EmbeddedPooler> pooler = Optional.empty();
        boolean asyncCommit = topology.standbys().stream().noneMatch(Topology.Standby::sync);
        CompletableFuture<Void> baseReady = CompletableFuture.completedFuture(null);
        try {
            EmbeddedServer primary = EmbeddedServer.create(launcher, parent, label, topology.primary(), password,
                    asyncCommit, Endpoint.Kind.PRIMARY);
            servers.put(topology.primary(), primary);
            Path from = source.data();
            if (source.owned()) {
                // moved, not copied: the seed is not used again, and a copy costs a tenth of a second per cluster
                java.nio.file.Files.move(source.data(), base(primary));
                dev.ride.sandbox.Tree.delete(base(primary).resolve(dev.ride.sandbox.ServerLogSettings.DIRECTORY));
                from = base(primary);
            }
            for (Topology.Standby standby : topology.standbys()) {
                servers.put(standby.name(), EmbeddedServer.create(launcher, parent, label, standby.name(), password,
                        true, Endpoint.Kind.STANDBY));
            }
            if (topology.pooler().isPresent()) {
                pooler = Optional.of(EmbeddedPooler.create(pgbouncer.orElseThrow(), parent, label, topology.pooler().get(),
                        password));
            }
            startAll(topology, servers, pooler, from, source.password(), password, trace);
            if (!source.owned()) {
                // for the resets: the cache's entry may be evicted while the drill runs
                baseReady = step(() -> {
                    PreparedDataDirs.copyTree(source.data(), base(primary), null);
                    trace.step("base copied");
                });
            }
            return new EmbeddedTopology(topology, servers, pooler, password, description, source.password(), baseReady);
        } catch (IOException | RuntimeException e) {
            baseReady.exceptionally(x -> null).join();
            pooler.ifPresent(EmbeddedPooler::destroy);
            servers.values().forEach(EmbeddedServer::destroy);
            if (e instanceof SandboxException se) {
                throw se;
            }
            throw new SandboxException("The sandbox's servers could not start: " + e.getMessage(), e);
        }
    }

    private static Path base(EmbeddedServer primary) {
        return primary.dir().path().resolve(BASE);
    }

    /** The last base backup taken by an action; in the primary's directory, which lives as long as the sandbox. */
    private Path backup() {
        return primary().dir().path().resolve(BACKUP);
    }

    /**
     * Makes every server a copy of {@code source} again and starts them side by side: the
     * standbys at first without a primary to stream from, so that none waits for the primary's
     * start, nor tries it before its slot exists (a failed attempt is retried only 5 s later).
     * On the primary's first login its superuser gets the run's {@code password} and the slots
     * are made; then each standby learns where to stream from (a reload: primary_conninfo and
     * primary_slot_name are read again without a restart), replays the new password, gets its
     * apply delay and, if asked, pauses its replay. The pooler starts once the primary's port is
     * known, beside the standbys.
     */
    private static void startAll(Topology topology, Map<String, EmbeddedServer> servers, Optional<EmbeddedPooler> pooler,
                                 Path source, String sourcePassword, String password, TopologyTrace trace) throws IOException {
        EmbeddedServer primary = servers.get(topology.primary());
        java.util.concurrent.atomic.AtomicReference<String> passwordLsn = new java.util.concurrent.atomic.AtomicReference<>();
        List<CompletableFuture<Void>> steps = new ArrayList<>();
        CompletableFuture<Void> primaryUp = step(() -> {
            primary.populateFrom(source);
            ReplicationConfig.append(primary.dir().data(), ReplicationConfig.primary(topology));
            trace.step("primary copied");
            primary.start(sourcePassword, c -> passwordLsn.set(prepareRun(c, topology, password)));
            trace.step("primary started");
        });
        steps.add(primaryUp);
        Map<String, CompletableFuture<Void>> standbysUp = new LinkedHashMap<>();
        for (Topology.Standby spec : topology.standbys()) {
            EmbeddedServer standby = servers.get(spec.name());
            standbysUp.put(spec.name(), step(() -> {
                standby.populateFrom(source);
                ReplicationConfig.markStandby(standby.dir().data(), standby.user());
                ReplicationConfig.append(standby.dir().data(), ReplicationConfig.standbyAtStart(spec));
                trace.step(spec.name() + " copied");
                standby.start(sourcePassword, c -> { });
                trace.step(spec.name() + " started");
            }));
        }
        steps.addAll(standbysUp.values());
        CompletableFuture<Void> poolerUp = primaryUp.thenRunAsync(() -> {
            if (pooler.isPresent()) {
                pooler.get().start(primary.port());
                trace.step("pooler started");
            }
        }, ASIDE);
        steps.add(poolerUp);
        for (Topology.Standby spec : topology.standbys()) {
            EmbeddedServer standby = servers.get(spec.name());
            steps.add(primaryUp.runAfterBothAsync(standbysUp.get(spec.name()), () -> {
                try {
                    stream(spec, standby, primary, sourcePassword, passwordLsn.get());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                trace.step(spec.name() + " streams");
            }, ASIDE));
        }
        // every step is waited for before a failure is reported, so none is left half-done
        steps.forEach(c -> c.exceptionally(e -> null).join());
        for (CompletableFuture<Void> step : steps) {
            awaitStep(step);
        }
    }

    /** Work with I/O run aside. */
    private interface Step {
        void run() throws IOException;
    }

    private static CompletableFuture<Void> step(Step step) {
        return CompletableFuture.runAsync(() -> {
            try {
                step.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ASIDE);
    }

    /**
     * A thread per step: the steps wait on servers, and the common pool has a single thread on
     * two cores (or would be blocked by them on more).
     */
    private static final java.util.concurrent.Executor ASIDE = task -> {
        Thread thread = new Thread(task, "ride-topology-step");
        thread.setDaemon(true);
        thread.start();
    };

    /**
     * On the primary's first session: the run's password for its superuser (and the standbys'
     * own replication roles, if any) and the standbys'
     * slots (reserved now, so the primary keeps WAL for a standby from the moment it exists).
     * The commit is written at once ({@code synchronous_commit = local}: the run's password must
     * survive a crash right after, and not wait for a synchronous standby that streams only
     * later); returns the WAL position a standby has to replay to know the password.
     */
    private static String prepareRun(java.sql.Connection c, Topology topology, String password) {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SET synchronous_commit = local; SET pg_stat_statements.track = 'none'");
            dev.ride.sandbox.Passwords.replace(c, EmbeddedEngine.SUPERUSER, password);
            // a scenario's own replication role (made by its setup) logs in with the run's password too
            for (String role : topology.replicationRoles()) {
                dev.ride.sandbox.Passwords.replace(c, role, password);
            }
            for (Topology.Standby spec : topology.standbys()) {
                if (spec.slot()) {
                    s.execute("SELECT pg_create_physical_replication_slot("
                            + dev.ride.sql.SqlQuoting.literal(spec.slotName()) + ", true)");
                }
            }
            try (java.sql.ResultSet rs = s.executeQuery("SELECT pg_current_wal_lsn()::text")) {
                rs.next();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new SandboxException("Cannot prepare the primary: " + e.getMessage(), e);
        }
    }

    /**
     * Points a running standby at the primary and returns once it replayed the run's password
     * (at {@code passwordLsn}); only then its apply delay, which would hold that replay back, and
     * its paused replay. Its session logs in with the copy's password, valid until that replay.
     */
    private static void stream(Topology.Standby spec, EmbeddedServer standby, EmbeddedServer primary,
                               String sourcePassword, String passwordLsn) throws IOException {
        Path passfile = standby.writePrivate("pgpass", ReplicationConfig.passfile(spec, primary.endpoint().password()));
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", EmbeddedEngine.SUPERUSER);
        login.setProperty("password", sourcePassword);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + standby.port() + "/postgres", login);
             java.sql.Statement s = c.createStatement()) {
            s.execute("SET pg_stat_statements.track = 'none'");
            ReplicationConfig.append(standby.dir().data(), ReplicationConfig.standbyStream(spec, primary.port(), passfile));
            s.execute("SELECT pg_reload_conf()");
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try (java.sql.ResultSet rs = s.executeQuery("SELECT pg_last_wal_replay_lsn() >= '" + passwordLsn + "'::pg_lsn")) {
                    if (rs.next() && rs.getBoolean(1)) {
                        break;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new SandboxException(spec.name() + " did not stream from " + primary.name()
                            + " within 30 s; its log ends with:\n" + standby.dir().logTail(15));
                }
                Thread.sleep(2);
            }
            List<String> later = ReplicationConfig.standbyAfterCatchUp(spec);
            if (!later.isEmpty()) {
                ReplicationConfig.append(standby.dir().data(), later);
                s.execute("SELECT pg_reload_conf()");
            }
            if (spec.replayPaused()) {
                s.execute("SELECT pg_wal_replay_pause()");
            }
        } catch (java.sql.SQLException e) {
            throw new SandboxException(spec.name() + " could not start streaming: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while " + spec.name() + " started streaming.", e);
        }
    }

    /** Waits for a step run aside, rethrowing its failure as it was thrown. */
    private static void awaitStep(CompletableFuture<Void> copy) throws IOException {
        try {
            copy.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    @Override
    public Topology topology() {
        return topology;
    }

    @Override
    public List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        servers.values().forEach(s -> all.add(s.endpoint()));
        pooler.ifPresent(p -> all.add(p.endpoint()));
        return all;
    }

    /** The sandbox directory of the server or pooler {@code name} (for {@code ride sandbox ls} and tests). */
    public Path directoryOf(String name) {
        if (servers.containsKey(name)) {
            return servers.get(name).dir().path();
        }
        return pooler.filter(p -> p.endpoint().name().equals(name)).map(EmbeddedPooler::directory)
                .orElseThrow(() -> new SandboxException("No part named '" + name + "'."));
    }

    @Override
    public String serverLogTail(String name, int lines) {
        EmbeddedServer server = servers.get(name);
        if (server == null) {
            throw new SandboxException("No server named '" + name + "': this sandbox has " + String.join(", ", servers.keySet()) + ".");
        }
        return server.dir().collectorLogTail(lines);
    }

    @Override
    public boolean isRunning(String name) {
        if (servers.containsKey(name)) {
            return servers.get(name).isRunning();
        }
        return pooler.filter(p -> p.endpoint().name().equals(name)).map(EmbeddedPooler::isRunning).orElse(false);
    }

    @Override
    public synchronized String choose(dev.ride.sandbox.ConfigChoice choice, String option) {
        if (isClosed()) {
            throw new SandboxException("The sandbox is gone.");
        }
        java.util.Map<String, String> settings = choice.requireOption(option);
        if (choice.editsHba()) {
            return chooseHba(server(choice.edits()), choice, option);
        }
        EmbeddedPooler p = pooler.filter(x -> x.endpoint().name().equals(choice.edits())).orElseThrow(
                () -> new SandboxException(choice.name() + " edits " + choice.edits() + ", which this sandbox cannot edit."));
        p.setDatabaseSettings(choice.database(), settings);
        return choice.chosen(option);
    }

    /**
     * Rewrites the server's own pg_hba.conf in its data directory, running or not, as an operator
     * edits it: the server reads it at its next reload or start.
     */
    private String chooseHba(EmbeddedServer server, dev.ride.sandbox.ConfigChoice choice, String option) {
        Path hba = server.dir().data().resolve("pg_hba.conf");
        try {
            String text = dev.ride.sandbox.PgHbaChoices.apply(java.nio.file.Files.readString(hba), topology.choices(),
                    choice, option);
            // written in place: the file keeps the server user as its owner, and its mode
            java.nio.file.Files.writeString(hba, text, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new SandboxException("Cannot rewrite " + server.name() + "'s pg_hba.conf: " + e.getMessage(), e);
        }
        return choice.chosen(option);
    }

    @Override
    public synchronized String act(OperatorAction action, String target) {
        if (isClosed()) {
            throw new SandboxException("The sandbox is gone.");
        }
        if (action == OperatorAction.RELOAD_CONFIG && pooler.isPresent() && pooler.get().endpoint().name().equals(target)) {
            pooler.get().reload();
            return target + " re-read its configuration.";
        }
        EmbeddedServer server = server(target);
        return switch (action) {
            case STOP_SERVER -> {
                requireRunning(server);
                server.crash();
                yield target + " crashed (immediate shutdown): it stays down until start-server.";
            }
            case START_SERVER -> {
                server.start();
                yield target + " started" + (ServerControl.inRecovery(server.endpoint()) ? " as a standby." : " as a primary.");
            }
            case PROMOTE -> {
                requireRunning(server);
                yield ServerControl.promote(server.endpoint());
            }
            case FENCE -> {
                server.fence();
                yield target + " is fenced: stopped, and it stays down until :reset.";
            }
            case PAUSE_REPLAY -> {
                requireRunning(server);
                yield ServerControl.pauseReplay(server.endpoint());
            }
            case RESUME_REPLAY -> {
                requireRunning(server);
                yield ServerControl.resumeReplay(server.endpoint());
            }
            case CHOOSE -> throw new SandboxException("choose takes a choice and an option: :action choose NAME OPTION");
            case RELOAD_CONFIG -> {
                requireRunning(server);
                yield ServerControl.reload(server.endpoint());
            }
            case TAKE_BASE_BACKUP, TAKE_BASE_BACKUP_WITHOUT_WAL -> {
                requireRunning(server);
                boolean withWal = action == OperatorAction.TAKE_BASE_BACKUP;
                BaseBackup.take(server, backup(), withWal);
                yield "Base backup of " + target + " taken" + (withWal ? " with its WAL." : ", without WAL.");
            }
            case REBUILD_STANDBY -> {
                yield rebuildStandby(server);
            }
            case REPOINT_POOLER -> {
                EmbeddedPooler p = pooler.orElseThrow(() -> new SandboxException("This sandbox has no pooler to repoint."));
                p.repoint(server.port());
                yield p.endpoint().name() + " now sends every database to " + target + " (new server connections go there).";
            }
            case RESTORE_BACKUP -> {
                if (!java.nio.file.Files.isDirectory(backup())) {
                    throw new SandboxException("No base backup to restore: take-base-backup takes one.");
                }
                if (server.fenced()) {
                    throw new SandboxException(target + " is fenced: it stays down until :reset.");
                }
                server.crash();
                try {
                    server.populateFrom(backup());
                } catch (IOException e) {
                    throw new SandboxException("Cannot copy the base backup into " + target + ": " + e.getMessage(), e);
                }
                server.start();
                yield "The base backup was restored into " + target + ", which recovered and runs as a primary.";
            }
        };
    }

    /**
     * pg_basebackup -R into {@code server}: a base backup of the primary with its WAL, copied over
     * the standby's data directory, then {@code standby.signal} and the standby's replication
     * settings as a start writes them, so it recovers to the end of the backup and streams on from
     * there. The primary must run and accept writes; the standby may be down or running.
     */
    private String rebuildStandby(EmbeddedServer server) {
        if (server.fenced()) {
            throw new SandboxException(server.name() + " is fenced: it stays down until :reset.");
        }
        java.util.Optional<Topology.Standby> standby = topology.standby(server.name());
        if (standby.isEmpty()) {
            return rebuildOldPrimary(server);
        }
        Topology.Standby spec = standby.get();
        EmbeddedServer from = primary();
        if (!from.isRunning()) {
            throw new SandboxException("A standby is rebuilt from the primary, and " + from.name() + " is not running.");
        }
        // pg_basebackup -S: a slot named after the standby, if the scenario gives it one or the
        // learner made one on the primary
        boolean throughSlot = spec.slot() || ServerControl.hasPhysicalSlot(from.endpoint(), spec.slotName());
        return rebuildFrom(from, server, spec, throughSlot);
    }

    /**
     * The scenario's primary after a failover: rebuilt, as an operator rebuilds an old primary
     * whose timeline diverged, from a fresh base backup of the server promoted in its place, and
     * started as a plain standby of it (no slot unless the new primary has one named after it).
     * Before any promotion there is nothing to rebuild it from, and it is refused as before.
     */
    private String rebuildOldPrimary(EmbeddedServer server) {
        EmbeddedServer from = servers.values().stream()
                .filter(s -> s != server && s.isRunning() && !ServerControl.inRecovery(s.endpoint()))
                .findFirst()
                .orElseThrow(() -> new SandboxException(
                        "rebuild-standby rebuilds one of the standbys; " + server.name() + " is the primary."));
        Topology.Standby spec = Topology.Standby.plain(server.name());
        boolean throughSlot = ServerControl.hasPhysicalSlot(from.endpoint(), spec.slotName());
        return rebuildFrom(from, server, spec, throughSlot);
    }

    /**
     * A fresh base backup of {@code from} with its WAL replaces {@code server}'s data directory,
     * made a standby of {@code from} ({@code spec}'s settings, through its slot or none), and
     * started. Refused by the backup, as pg_basebackup would refuse, when {@code from} is not a
     * primary any more.
     */
    private String rebuildFrom(EmbeddedServer from, EmbeddedServer server, Topology.Standby spec, boolean throughSlot) {
        BaseBackup.take(from, backup(), true);
        server.crash();
        try {
            Path data = server.dir().data();
            server.populateFrom(backup());
            ReplicationConfig.markStandby(data, server.user());
            ReplicationConfig.append(data, ReplicationConfig.standbyAtStart(spec));
            Path passfile = server.writePrivate("pgpass", ReplicationConfig.passfile(spec, password));
            ReplicationConfig.append(data, ReplicationConfig.standbyStream(spec, from.port(), passfile, throughSlot));
            if (!throughSlot) {
                // a backup of a promoted standby brings that standby's own primary_slot_name along
                ReplicationConfig.append(data, List.of("primary_slot_name = ''"));
            }
        } catch (IOException e) {
            throw new SandboxException("Cannot copy the base backup into " + server.name() + ": " + e.getMessage(), e);
        }
        server.start();
        return server.name() + " was rebuilt from a fresh base backup of " + from.name()
                + " and started as a standby" + (throughSlot ? " (primary_slot_name '" + spec.slotName() + "')." : ".");
    }

    private EmbeddedServer server(String name) {
        EmbeddedServer server = servers.get(name);
        if (server == null) {
            List<String> names = new ArrayList<>(servers.keySet());
            throw new SandboxException("No server named '" + name + "': this sandbox has " + String.join(", ", names) + ".");
        }
        return server;
    }

    private static void requireRunning(EmbeddedServer server) {
        if (!server.isRunning()) {
            throw new SandboxException(server.name() + " is not running" + (server.fenced() ? " (fenced)." : ": start-server starts it."));
        }
    }

    @Override
    public synchronized void resetTopology() {
        if (isClosed()) {
            throw new SandboxException("The sandbox is gone.");
        }
        TopologyTrace trace = TopologyTrace.fromEnvironment("reset");
        pooler.ifPresent(EmbeddedPooler::stop);
        trace.step("pooler stopped");
        servers.values().forEach(s -> {
            s.crash();
            s.unfence();
            trace.step(s.name() + " stopped");
        });
        try {
            dev.ride.sandbox.Tree.delete(backup());
            awaitStep(baseReady);
            startAll(topology, servers, pooler, base(primary()), basePassword, password, trace);
        } catch (IOException e) {
            throw new SandboxException("Cannot reset the sandbox's servers: " + e.getMessage(), e);
        }
    }

    @Override
    protected void release() {
        // the base's copy writes into the primary's directory, which goes next
        baseReady.exceptionally(e -> null).join();
        pooler.ifPresent(EmbeddedPooler::destroy);
        // standbys first: a primary going away first would only make them log reconnect attempts
        List<EmbeddedServer> order = new ArrayList<>(servers.values());
        java.util.Collections.reverse(order);
        order.forEach(EmbeddedServer::destroy);
    }

    private EmbeddedServer primary() {
        return servers.get(topology.primary());
    }

    /**
     * True while any of its servers runs: a primary crashed on purpose ({@code stop-server}) is
     * part of the drill, not a dead sandbox. Only when every server is down does a caller that
     * tells "the sandbox died" from an SQL error see it as gone.
     */
    @Override
    public boolean isAlive() {
        return !isClosed() && servers.values().stream().anyMatch(EmbeddedServer::isRunning);
    }

    @Override
    public String engine() {
        return "embedded";
    }

    /** The primary's port: as a {@link dev.ride.sandbox.Sandbox} this is the server named primary. */
    @Override
    public int port() {
        return primary().port();
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
        List<String> parts = new ArrayList<>();
        servers.values().forEach(s -> parts.add(s.name() + " on port " + s.port()));
        pooler.ifPresent(p -> parts.add(p.endpoint().name() + " (PgBouncer) on port " + p.endpoint().port()));
        return description + ": " + String.join(", ", parts);
    }
}

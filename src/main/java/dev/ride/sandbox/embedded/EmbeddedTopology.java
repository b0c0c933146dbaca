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
 * The servers of a {@link Topology} and its pooler on this machine. Every server starts from
 * one copy of the primary's prepared data directory, stopped with the run's password already set
 * (the "base", kept in the primary's directory): the primary as it is, each standby with
 * {@code standby.signal} and its replication settings, so it streams from the primary's first
 * WAL record on. The bundled binaries have no pg_basebackup, and need none: a cleanly stopped
 * cluster is a valid base backup of the server that goes on from it. {@link #resetTopology()}
 * copies the base again, which undoes a promotion as well as any data change.
 */
public final class EmbeddedTopology extends ManagedSandbox implements TopologySandbox {

    private static final String BASE = "base";
    private static final String BACKUP = "backup";

    private final Topology topology;
    private final Map<String, EmbeddedServer> servers;
    private final Optional<EmbeddedPooler> pooler;
    private final String password;
    private final String description;

    private EmbeddedTopology(Topology topology, Map<String, EmbeddedServer> servers, Optional<EmbeddedPooler> pooler,
                             String password, String description) {
        this.topology = topology;
        this.servers = servers;
        this.pooler = pooler;
        this.password = password;
        this.description = description;
        releaseOnExit("topology-" + primary().port());
    }

    /**
     * Starts every part of {@code topology} from {@code seed}, a stopped cluster holding the
     * scenario's state and the run's {@code password}; {@code seed} is copied, not used.
     *
     * @param pgbouncer the host's PgBouncer, required when the topology has a pooler
     */
    static EmbeddedTopology start(ClusterLauncher launcher, Path parent, String label, Topology topology, Path seed,
                                  String password, String description, Optional<Path> pgbouncer) {
        Map<String, EmbeddedServer> servers = new LinkedHashMap<>();
        Optional<EmbeddedPooler> pooler = Optional.empty();
        boolean asyncCommit = topology.standbys().stream().noneMatch(Topology.Standby::sync);
        try {
            EmbeddedServer primary = EmbeddedServer.create(launcher, parent, label, topology.primary(), password,
                    asyncCommit, Endpoint.Kind.PRIMARY);
            servers.put(topology.primary(), primary);
            // moved, not copied: the seed is not used again, and a copy costs a tenth of a second per cluster
            java.nio.file.Files.move(seed, base(primary));
            dev.ride.sandbox.Tree.delete(base(primary).resolve(dev.ride.sandbox.ServerLogSettings.DIRECTORY));
            for (Topology.Standby standby : topology.standbys()) {
                servers.put(standby.name(), EmbeddedServer.create(launcher, parent, label, standby.name(), password,
                        true, Endpoint.Kind.STANDBY));
            }
            if (topology.pooler().isPresent()) {
                pooler = Optional.of(EmbeddedPooler.create(pgbouncer.orElseThrow(), parent, label, topology.pooler().get(),
                        password));
            }
            startAll(topology, servers, pooler);
            return new EmbeddedTopology(topology, servers, pooler, password, description);
        } catch (IOException | RuntimeException e) {
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
     * Copies the base into every server, writes its replication settings, and starts the primary,
     * its slots, the standbys (pausing replay where asked) and the pooler, in that order: a
     * standby whose slot does not exist yet would wait seconds before it retried. The standbys'
     * copies are made while the primary starts.
     */
    private static void startAll(Topology topology, Map<String, EmbeddedServer> servers, Optional<EmbeddedPooler> pooler)
            throws IOException {
        EmbeddedServer primary = servers.get(topology.primary());
        Path base = base(primary);
        primary.populateFrom(base);
        ReplicationConfig.append(primary.dir().data(), ReplicationConfig.primary(topology));
        Map<String, CompletableFuture<Void>> copies = new LinkedHashMap<>();
        for (Topology.Standby spec : topology.standbys()) {
            EmbeddedServer standby = servers.get(spec.name());
            copies.put(spec.name(), CompletableFuture.runAsync(() -> {
                try {
                    standby.populateFrom(base);
                    ReplicationConfig.markStandby(standby.dir().data(), standby.user());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        try {
            primary.start();
            createSlots(topology, primary);
        } finally {
            // the copies must be done before anything else touches their directories
            copies.values().forEach(c -> c.exceptionally(e -> null).join());
        }
        // the standbys start side by side: each waits for its own consistent state, not for the others
        Map<String, CompletableFuture<Void>> starts = new LinkedHashMap<>();
        for (Topology.Standby spec : topology.standbys()) {
            EmbeddedServer standby = servers.get(spec.name());
            awaitStep(copies.get(spec.name()));
            starts.put(spec.name(), CompletableFuture.runAsync(() -> {
                try {
                    Path passfile = standby.writePrivate("pgpass", ReplicationConfig.passfile(primary.endpoint().password()));
                    ReplicationConfig.append(standby.dir().data(), ReplicationConfig.standby(spec, primary.port(), passfile));
                    standby.start();
                    if (spec.replayPaused()) {
                        ServerControl.run(standby.endpoint(), "SELECT pg_wal_replay_pause()");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        // every start is waited for before a failure is reported, so none is left half-started
        starts.values().forEach(c -> c.exceptionally(e -> null).join());
        for (CompletableFuture<Void> start : starts.values()) {
            awaitStep(start);
        }
        if (pooler.isPresent()) {
            pooler.get().start(primary.port());
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

    private static void createSlots(Topology topology, EmbeddedServer primary) {
        for (Topology.Standby spec : topology.standbys()) {
            if (spec.slot()) {
                // reserved now, so the primary keeps WAL for the standby from the moment it exists
                ServerControl.createSlot(primary.endpoint(), spec.slotName());
            }
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
        pooler.ifPresent(EmbeddedPooler::stop);
        servers.values().forEach(s -> {
            s.crash();
            s.unfence();
        });
        try {
            dev.ride.sandbox.Tree.delete(backup());
            startAll(topology, servers, pooler);
        } catch (IOException e) {
            throw new SandboxException("Cannot reset the sandbox's servers: " + e.getMessage(), e);
        }
    }

    @Override
    protected void release() {
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

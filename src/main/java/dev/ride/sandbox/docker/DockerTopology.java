package dev.ride.sandbox.docker;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.ManagedSandbox;
import dev.ride.sandbox.OperatorAction;
import dev.ride.sandbox.Passwords;
import dev.ride.sandbox.PgBouncerConfig;
import dev.ride.sandbox.PgHbaChoices;
import dev.ride.sandbox.PortRetry;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.ServerControl;
import dev.ride.sandbox.ServerLogSettings;
import dev.ride.sandbox.PortTaken;
import dev.ride.sandbox.Topology;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.sql.SqlQuoting;

/**
 * The servers of a {@link Topology} and its pooler as containers on a private network that ride
 * makes and removes: the primary is the warm-started container of the scenario's prepared image,
 * joined to the network under its name; each standby is a container of the same image whose
 * cluster, the one the primary started from, its first start makes a standby of the primary (no
 * copy over the network); PgBouncer runs in a container of the same image (ride's offline image
 * has it). Every container publishes its port on 127.0.0.1 only, on a port chosen once, so
 * stop and start keep it. {@link #resetTopology()} removes them all and starts the primary again
 * from the prepared image, with the same port and password. A base backup is a stopped container
 * that ran pg_basebackup; a restore replaces the target's container by one started from a copy of
 * it. {@code repoint-pooler} and the learner's choices rewrite pgbouncer.ini and pg_hba.conf inside
 * the containers, as an operator edits them. DockerTopologyIT and DockerTopologyChoicesIT run every
 * action against the daemon (TopologyContract, TopologyChoicesContract).
 */
public final class DockerTopology extends ManagedSandbox implements TopologySandbox {

    /** A container of the topology other than the primary; {@code pgdata}: its cluster's directory (none for the pooler). */
    private record Part(String name, Endpoint.Kind kind, String containerId, int port, String pgdata) {
    }

    /** Where the pooler container keeps pgbouncer.ini ({@link TopologyScripts#pooler()} writes it at its start). */
    private static final String POOLER_INI = "/var/lib/ride/pgbouncer/pgbouncer.ini";

    private final DockerClient client;
    private final ContainerLauncher launcher;
    private final Topology topology;
    private final String label;
    private final String session;
    private final String networkId;
    private final String password;
    private final String baseImage;
    private final PreparedImages.Prepared prepared;
    private final Duration readyTimeout;
    /** Every container but the warm-started primary's: standbys, the pooler, a primary restored from a backup. */
    private final Map<String, Part> parts = new java.util.concurrent.ConcurrentHashMap<>();
    private final BaseBackupContainer backup;
    /**
     * Runs on the primary once it is ready and before any standby is told where it is (at every
     * start and reset): nothing in a drill; a test makes the primary busy there (DockerTopologyCatchUpIT).
     */
    private final java.util.function.Consumer<Endpoint> beforeStandbysStream;
    /** Restores so far: each restored container has a name of its own. */
    private int restores;
    private final Set<String> fenced = new HashSet<>();
    /** Each part's port on 127.0.0.1, chosen once: a reset brings every part back on its own. */
    private final Map<String, Integer> ports = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile DockerSandbox primary;
    /** The server the pooler's [databases] lead to, by its name on the network: the primary until repoint-pooler. */
    private String poolerServer;
    /** database → the settings of its own [databases] entry, from the learner's choices; cleared when the pooler starts. */
    private final Map<String, Map<String, String>> poolerDatabases = new java.util.TreeMap<>();

    private DockerTopology(DockerClient client, ContainerLauncher launcher, Topology topology, String label, String session,
                           String networkId, String password, String baseImage, PreparedImages.Prepared prepared,
                           Duration readyTimeout, java.util.function.Consumer<Endpoint> beforeStandbysStream) {
        this.beforeStandbysStream = beforeStandbysStream;
        this.client = client;
        this.launcher = launcher;
        this.topology = topology;
        this.label = label;
        this.session = session;
        this.networkId = networkId;
        this.password = password;
        this.baseImage = baseImage;
        this.prepared = prepared;
        this.readyTimeout = readyTimeout;
        this.backup = new BaseBackupContainer(client, label, session, password);
    }

    /**
     * The first run of a scenario: makes the network, joins {@code primary} (the container the
     * scenario was just installed into and committed from, owned from now on) to it, gives it what
     * a primary of a topology needs, and starts the rest beside each other. A failure removes
     * everything, the primary included.
     */
    static DockerTopology start(DockerClient client, ContainerLauncher launcher, Topology topology, String label,
                                DockerSandbox primary, PreparedImages.Prepared prepared, Duration readyTimeout,
                                java.util.function.Consumer<Endpoint> beforeStandbysStream) {
        String session = primary.session();
        StartTrace trace = StartTrace.fromEnvironment(System.err, System.nanoTime());
        return assemble(client, label, session, primary::close, networkId -> {
            DockerTopology t = new DockerTopology(client, launcher, topology, label, session, networkId, primary.password(),
                    primary.image(), prepared, readyTimeout, beforeStandbysStream);
            t.primary = primary;
            try {
                t.adoptPrimary(trace);
                t.launchBesidePrimary(trace);
            } catch (RuntimeException e) {
                t.release();
                throw e;
            }
            return t;
        });
    }

    /**
     * Every later run: every part a container of the prepared image (the pooler's too), created and
     * started at the same time on a new network; the primary gets its replication lines before its
     * first start ({@link TopologyScripts#primary}) and the run's password at its first login, and
     * each standby streams once the primary has them ({@link #launchStandby}).
     */
    static DockerTopology startWarm(DockerClient client, ContainerLauncher launcher,
                                    java.util.function.Supplier<Topology> topology, String label,
                                    PreparedImages.Base base, PreparedImages.Prepared prepared, Duration readyTimeout,
                                    StartTrace trace, java.util.function.Consumer<Endpoint> beforeStandbysStream) {
        String session = UUID.randomUUID().toString();
        return assemble(client, label, session, () -> { }, networkId -> {
            trace.step("topology: network");
            // the network needs none of the topology: it was made while the scenario was read
            Topology parts = topology.get();
            trace.step("topology: scenario read");
            DockerTopology t = new DockerTopology(client, launcher, parts, label, session, networkId, Passwords.random(),
                    base.ref(), prepared, readyTimeout, beforeStandbysStream);
            try {
                t.launchAll(session, trace);
            } catch (RuntimeException e) {
                t.release();
                throw e;
            }
            return t;
        });
    }

    /** Makes the network and the topology on it; on a failure removes what was made ({@code dropPrimary} too). */
    private static DockerTopology assemble(DockerClient client, String label, String session,
                                           Runnable dropPrimary, java.util.function.Function<String, DockerTopology> build) {
        String networkId = null;
        try {
            networkId = DockerNetworks.create(client, DockerNetworks.name(session), RideLabels.forThisProcess(label, session));
            DockerTopology t = build.apply(networkId);
            t.releaseOnExit("topology-" + session.substring(0, 8));
            return t;
        } catch (RuntimeException e) {
            dropPrimary.run();
            if (networkId != null) {
                DockerNetworks.remove(client, networkId);
            }
            throw e instanceof SandboxException se ? se
                    : new SandboxException("Docker could not start the sandbox's servers (" + e.getMessage() + ").", e);
        }
    }

    /** The names of the synchronous standbys as {@code synchronous_standby_names} takes them, or "". */
    private String synchronousStandbyNames() {
        List<String> sync = topology.standbys().stream().filter(Topology.Standby::sync).map(Topology.Standby::name).toList();
        return sync.isEmpty() ? "" : sync.size() == 1 ? sync.get(0) : "FIRST 1 (" + String.join(", ", sync) + ")";
    }

    /**
     * The first run's primary, running already: joined to the network, its replication lines
     * appended through the server and reloaded, its synchronous standbys named, its slots made.
     */
    private void adoptPrimary(StartTrace trace) {
        // a reset starts the primary again on the same port
        ports.put(topology.primary(), primary.port());
        DockerNetworks.connect(client, networkId, primary.containerId(), topology.primary());
        Endpoint p = primaryEndpoint();
        // standbys add the same lines to their own files; backups copy the primary's
        appendLine(p, "hba_file", TopologyScripts.PRIMARY_HBA_LINE);
        appendLine(p, "config_file", TopologyScripts.PRIMARY_CONF_LINE);
        String sync = synchronousStandbyNames();
        if (!sync.isEmpty()) {
            ServerControl.run(p, "ALTER SYSTEM SET synchronous_standby_names = '" + sync + "'");
        }
        ServerControl.reload(p);
        try (Connection c = p.connect("postgres")) {
            prepareSession(c);
        } catch (SQLException e) {
            throw new SandboxException(p.name() + ": " + e.getMessage(), e);
        }
        beforeStandbysStream.accept(p);
        trace.step("topology: network, replication");
    }

    /**
     * On the primary's first session of a run: what a topology's primary needs in its catalog
     * before a standby streams (its slots, the run's password for its replication roles) and before the application connects (commits that wait
     * for a synchronous standby). Nothing of it is logged or counted as the learner's.
     */
    private void prepareSession(Connection c) {
        commitLocally(c);
        // a scenario's own replication role (made by its setup) streams with the run's password
        for (String role : topology.replicationRoles()) {
            Passwords.replace(c, role, password);
        }
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SET pg_stat_statements.track = 'none'");
            for (Topology.Standby spec : topology.standbys()) {
                // a standby without a slot of its own gets one until it has caught up (StandbyCatchUp)
                String slot = spec.slot() ? spec.slotName() : StandbyCatchUp.slotName(spec.name());
                s.execute("SELECT pg_create_physical_replication_slot(" + SqlQuoting.literal(slot) + ", true)");
            }
        } catch (SQLException e) {
            throw new SandboxException(topology.primary() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ride's own commits in this session are written at once without waiting for a synchronous
     * standby (the run's password, the replication roles' passwords), as the embedded engine's are.
     */
    private static void commitLocally(Connection c) {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SET synchronous_commit = local");
        } catch (SQLException e) {
            throw new SandboxException(e.getMessage(), e);
        }
    }

    /** Appends {@code line} to the server's file named by the setting {@code fileSetting}, through the server. */
    private static void appendLine(Endpoint server, String fileSetting, String line) {
        ServerControl.run(server, "DO $$ BEGIN EXECUTE format('COPY (SELECT %L) TO PROGRAM %L', "
                + SqlQuoting.literal(line) + ", 'cat >> ' || current_setting(" + SqlQuoting.literal(fileSetting) + ")); END $$");
    }

    /**
     * Creates and starts the primary, every standby and the pooler at once, each on a thread of its
     * own; returns when all are ready. The primary's container has a name of its own each time (a
     * removed container's name may linger in the daemon for a moment), on the port it had before.
     */
    private void launchAll(String primarySession, StartTrace trace) {
        ExecutorService threads = partThreads();
        try {
            CompletableFuture<Void> primaryReady = CompletableFuture.runAsync(() -> launchPrimary(primarySession, trace), threads);
            List<CompletableFuture<Void>> all = new ArrayList<>(startTheRest(primaryReady, threads, trace));
            all.add(0, primaryReady);
            awaitAll(all);
            trace.step("topology: every part ready");
        } finally {
            threads.shutdownNow();
        }
    }

    /** A thread for each part that starts beside the others; daemons, so a stuck one never holds the JVM. */
    private ExecutorService partThreads() {
        return Executors.newCachedThreadPool(work -> {
            Thread t = new Thread(work, "ride-topology-" + session.substring(0, 8));
            t.setDaemon(true);
            return t;
        });
    }

    /** The first run's way: the standbys and the pooler beside each other, the primary already running. */
    private void launchBesidePrimary(StartTrace trace) {
        ExecutorService threads = partThreads();
        try {
            awaitAll(startTheRest(CompletableFuture.completedFuture(null), threads, trace));
            trace.step("topology: standbys and pooler ready");
        } finally {
            threads.shutdownNow();
        }
    }

    private List<CompletableFuture<Void>> startTheRest(CompletableFuture<Void> primaryReady, ExecutorService threads,
                                                       StartTrace trace) {
        List<CompletableFuture<Void>> started = new ArrayList<>();
        for (Topology.Standby spec : topology.standbys()) {
            started.add(CompletableFuture.runAsync(() -> launchStandby(spec, primaryReady, trace), threads));
        }
        topology.pooler().ifPresent(spec -> started.add(CompletableFuture.runAsync(() -> {
            long since = System.nanoTime();
            startPooler(spec);
            trace.beside(spec.name() + ": ready", since);
        }, threads)));
        return started;
    }

    /** Waits for every part; the first failure (in the order given) is thrown once all have ended. */
    private static void awaitAll(List<CompletableFuture<Void>> parts) {
        RuntimeException first = null;
        for (CompletableFuture<Void> part : parts) {
            try {
                part.join();
            } catch (java.util.concurrent.CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                        : new SandboxException(String.valueOf(e.getCause()), e.getCause());
                // a standby that gave up because the primary failed says less than the primary's failure
                if (first == null) {
                    first = cause;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * The primary: a container of the prepared image on the network under its name, whose first
     * start appends the replication lines ({@link TopologyScripts#primary}); ready once it took the
     * run's password and has its slots ({@link #prepareSession}), over the first login with the
     * image's password.
     */
    private void launchPrimary(String primarySession, StartTrace trace) {
        long since = System.nanoTime();
        String name = DockerEngine.containerName(label, primarySession);
        Map<String, String> labels = RideLabels.forThisProcess(label, session);
        Started started = startOnPort(topology.primary(), port -> create(prepared.id(), topology.primary(), name, labels,
                port, 5432, List.of(), TopologyScripts.primary(synchronousStandbyNames())));
        int port = started.port();
        String id = started.id();
        ContainerSpec spec = new ContainerSpec(prepared.id(), name, password,
                ContainerSpec.PREPARED_PGDATA, ContainerSpec.Layout.PREPARED, labels, port);
        primary = new DockerSandbox(client, id, spec, baseImage, port, Duration.ZERO);
        trace.beside(topology.primary() + ": created and started", since);
        Readiness.await(client, id, "jdbc:postgresql://127.0.0.1:" + port + "/postgres", ContainerSpec.SUPERUSER,
                prepared.password(), System.nanoTime(), readyTimeout, c -> {
                    // ride's own writes never wait for a synchronous standby, which streams only later
                    commitLocally(c);
                    Passwords.replace(c, ContainerSpec.SUPERUSER, password);
                    prepareSession(c);
                });
        beforeStandbysStream.accept(primaryEndpoint());
        trace.beside(topology.primary() + ": ready, new password, slots", since);
    }

    /**
     * A container of the prepared image made a standby ({@link TopologyScripts#standby}), created
     * and started beside the primary. Once the primary is ready, a login with the image's password
     * (the standby has not replayed the run's yet) tells it where the primary is (ALTER SYSTEM,
     * reload: the settings land in its postgresql.auto.conf, as the embedded engine writes them);
     * it then streams what the primary wrote since the image, the run's password first
     * ({@link StandbyCatchUp}). Its apply delay, if any, is set only once it has that (ALTER SYSTEM
     * and a reload, into the same file): a delay from the start would hold the password back that long.
     */
    private void launchStandby(Topology.Standby spec, CompletableFuture<Void> primaryReady, StartTrace trace) {
        long since = System.nanoTime();
        // the prepared image, not the primary container's: a first run's primary is a container of
        // the empty-cluster image that the scenario was installed into and committed from
        Started started = startOnPort(spec.name(), port -> create(prepared.id(), spec.name(),
                "ride-" + spec.name() + "-" + session.substring(0, 8),
                RideLabels.forThisProcess(label + "/" + spec.name(), session), port, 5432,
                List.of("RIDE_PASSWORD=" + password), TopologyScripts.standby(spec)));
        int port = started.port();
        String id = started.id();
        Part part = new Part(spec.name(), Endpoint.Kind.STANDBY, id, port, TopologyScripts.STANDBY_PGDATA);
        parts.put(spec.name(), part);
        trace.beside(spec.name() + ": created and started", since);
        try {
            primaryReady.join();
        } catch (java.util.concurrent.CompletionException primaryFailed) {
            throw new SandboxException(spec.name() + " did not start: " + topology.primary() + " failed.", primaryFailed);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (StandbyCatchUp catchUp = StandbyCatchUp.begin(primaryEndpoint(), spec.name(),
                spec.slot() ? null : StandbyCatchUp.slotName(spec.name()))) {
            Readiness.await(client, id, url, ContainerSpec.SUPERUSER, prepared.password(), System.nanoTime(), readyTimeout,
                    c -> streamFromPrimary(c, spec));
            trace.beside(spec.name() + ": told where " + topology.primary() + " is", since);
            catchUp.await(client, id, readyTimeout);
        }
        trace.beside(spec.name() + ": streaming, caught up", since);
        Readiness.awaitReplayedPassword(client, id, url, ContainerSpec.SUPERUSER, password, System.nanoTime(), readyTimeout);
        Endpoint standby = endpointOf(part);
        if (!spec.applyDelay().isZero()) {
            ServerControl.run(standby, "ALTER SYSTEM SET recovery_min_apply_delay = '" + spec.applyDelay().toMillis() + "ms'");
            ServerControl.reload(standby);
        }
        if (spec.replayPaused()) {
            ServerControl.run(standby, "SELECT pg_wal_replay_pause()");
        }
        trace.beside(spec.name() + ": login with the run's password", since);
    }

    /** Over a standby's session: its primary_conninfo and slot (ALTER SYSTEM), then a reload, which starts its streaming. */
    private void streamFromPrimary(Connection standby, Topology.Standby spec) {
        streamFrom(standby, spec, topology.primary(), spec.slot() ? spec.slotName() : null);
    }

    /**
     * The same from the server on the network named {@code host}, with {@code primary_slot_name}
     * set to {@code slotName} ("" empties one a backup brought along), or left as it is when null.
     */
    private void streamFrom(Connection standby, Topology.Standby spec, String host, String slotName) {
        try (java.sql.Statement s = standby.createStatement()) {
            s.execute("SET pg_stat_statements.track = 'none'");
            s.execute("ALTER SYSTEM SET primary_conninfo = " + SqlQuoting.literal(TopologyScripts.primaryConninfo(spec, host)));
            if (slotName != null) {
                s.execute("ALTER SYSTEM SET primary_slot_name = " + SqlQuoting.literal(slotName));
            }
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new SandboxException(spec.name() + ": " + e.getMessage(), e);
        }
    }

    /** A server other than {@code name} that runs and accepts writes: a promoted standby. */
    private java.util.Optional<Endpoint> promotedOtherThan(String name) {
        return topology.standbys().stream()
                .map(Topology.Standby::name)
                .filter(n -> !n.equals(name) && parts.containsKey(n) && isRunning(n))
                .map(n -> endpointOf(parts.get(n)))
                .filter(e -> !ServerControl.inRecovery(e))
                .findFirst();
    }

    private void startPooler(Topology.Pooler spec) {
        poolerServer = topology.primary();
        poolerDatabases.clear();
        String ini = poolerIni(spec);
        // the prepared image, which has PgBouncer if its base has: the primary's container may not exist yet
        Started started = startOnPort(spec.name(), port -> create(prepared.id(), spec.name(),
                "ride-" + spec.name() + "-" + session.substring(0, 8),
                RideLabels.forThisProcess(label + "/" + spec.name(), session), port, TopologyScripts.PGBOUNCER_PORT,
                List.of("RIDE_PGBOUNCER_INI=" + ini, "RIDE_PGBOUNCER_AUTH=" + PgBouncerConfig.authFile(ContainerSpec.SUPERUSER, password)),
                TopologyScripts.pooler()));
        Part part = new Part(spec.name(), Endpoint.Kind.POOLER, started.id(), started.port(), null);
        parts.put(spec.name(), part);
        awaitPooler(part);
    }

    /** pgbouncer.ini leading every database to {@link #poolerServer}, with the learner's choices in their own entries. */
    private String poolerIni(Topology.Pooler spec) {
        return PgBouncerConfig.ini(spec, "0.0.0.0", TopologyScripts.PGBOUNCER_PORT, poolerServer, 5432,
                TopologyScripts.poolerAuthFile(), ContainerSpec.SUPERUSER, poolerDatabases);
    }

    /** Rewrites the running pooler's pgbouncer.ini in place, as an operator edits it: PgBouncer reads it at its next reload. */
    private void rewritePoolerIni(Part pooler) {
        Topology.Pooler spec = topology.pooler().orElseThrow();
        ContainerFiles.TextFile ini = ContainerFiles.read(client, pooler.containerId(), POOLER_INI);
        ContainerFiles.write(client, pooler.containerId(), ini.withText(poolerIni(spec)));
    }

    /** The pooler's container, running. */
    private Part runningPooler() {
        Part pooler = parts.values().stream().filter(p -> p.kind() == Endpoint.Kind.POOLER).findFirst()
                .orElseThrow(() -> new SandboxException("This sandbox has no pooler to repoint."));
        if (!isRunning(pooler.name())) {
            throw new SandboxException(pooler.name() + " is not running.");
        }
        return pooler;
    }

    /** A part's container, started, and the host port it has. */
    private record Started(String id, int port) {
    }

    /**
     * Creates (with {@code create}, given the host port) and starts the container of the part
     * {@code name}: on the port it had before (a reset keeps every part's address), or at its first
     * start on a free one, another each time another process takes it before Docker binds it.
     */
    private Started startOnPort(String name, IntFunction<String> create) {
        Integer known = ports.get(name);
        if (known != null) {
            String id = create.apply(known);
            client.startContainerCmd(id).exec();
            return new Started(id, known);
        }
        return PortRetry.onFreePort(port -> {
            String id = create.apply(port);
            try {
                Containers.startOnChosenPort(client, id);
            } catch (PortTaken taken) {
                Containers.remove(client, id); // its name is taken again on the next try
                throw taken;
            }
            ports.put(name, port);
            return new Started(id, port);
        });
    }

    /** A container of the primary's image on the network as {@code alias}, running {@code script} as root. */
    private String create(String alias, int hostPort, int containerPort, List<String> env, String script) {
        return create(alias, "ride-" + alias + "-" + session.substring(0, 8), hostPort, containerPort, env, script);
    }

    private String create(String alias, String name, int hostPort, int containerPort, List<String> env, String script) {
        return create(primary.containerImage(), alias, name, RideLabels.forThisProcess(label + "/" + alias, session), hostPort,
                containerPort, env, script);
    }

    private String create(String image, String alias, String name, Map<String, String> labels, int hostPort,
                          int containerPort, List<String> env, String script) {
        return containerCmd(client, image, alias, name, labels, hostPort, containerPort, env, script,
                DockerNetworks.name(session)).exec().getId();
    }

    /** The request that creates a part's container on {@code network} (also {@link DockerClientWarmUp}'s). */
    static CreateContainerCmd containerCmd(DockerClient client, String image, String alias, String name,
                                           Map<String, String> labels, int hostPort, int containerPort,
                                           List<String> env, String script, String network) {
        ExposedPort exposed = ExposedPort.tcp(containerPort);
        return client.createContainerCmd(image)
                .withName(name)
                .withLabels(labels)
                .withEnv(env)
                .withEntrypoint("sh", "-c", script)
                .withCmd(List.of())
                .withExposedPorts(exposed)
                .withAliases(alias)
                .withHostConfig(HostConfig.newHostConfig()
                        .withNetworkMode(network)
                        .withPortBindings(new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", hostPort), exposed)));
    }

    private void awaitServer(String containerId, int port) {
        Readiness.await(client, containerId, "jdbc:postgresql://127.0.0.1:" + port + "/postgres", ContainerSpec.SUPERUSER,
                password, System.nanoTime(), readyTimeout, c -> { });
    }

    /** Docker's proxy accepts TCP before PgBouncer listens: ready means a login to the admin console works. */
    private void awaitPooler(Part part) {
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        while (true) {
            try (Connection c = endpointOf(part).connect(Endpoint.POOLER_ADMIN_DATABASE)) {
                return;
            } catch (SQLException e) {
                InspectContainerResponse.ContainerState state = client.inspectContainerCmd(part.containerId()).exec().getState();
                if (state != null && Boolean.FALSE.equals(state.getRunning())) {
                    Long code = state.getExitCodeLong();
                    throw new SandboxException(code != null && code == TopologyScripts.NO_PGBOUNCER
                            ? "The image " + baseImage + " has no PgBouncer: build ride's offline image"
                            + " (scripts/build-offline-image.sh), which has it, and pass it with --image."
                            : "PgBouncer exited while starting: " + ContainerLog.tail(client, part.containerId(), 10));
                }
                if (System.nanoTime() > deadline) {
                    throw new SandboxException("PgBouncer did not accept a login within " + readyTimeout.toSeconds() + " s ("
                            + e.getMessage() + ").", e);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new SandboxException("Interrupted while PgBouncer started.", ie);
                }
            }
        }
    }

    private Endpoint primaryEndpoint() {
        return new Endpoint(topology.primary(), Endpoint.Kind.PRIMARY, "127.0.0.1", primary.port(), ContainerSpec.SUPERUSER,
                password);
    }

    private Endpoint endpointOf(Part part) {
        return new Endpoint(part.name(), part.kind(), "127.0.0.1", part.port(), ContainerSpec.SUPERUSER, password);
    }

    /** The {@code dev.ride.session} label of every container and of the network. */
    String session() {
        return session;
    }

    @Override
    public Topology topology() {
        return topology;
    }

    @Override
    public List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.add(primaryEndpoint());
        // in the scenario's order: the parts may have started in any
        for (Topology.Standby spec : topology.standbys()) {
            Part part = parts.get(spec.name());
            if (part != null && part.kind() == Endpoint.Kind.STANDBY) {
                all.add(endpointOf(part));
            }
        }
        topology.pooler().map(spec -> parts.get(spec.name())).filter(p -> p.kind() == Endpoint.Kind.POOLER)
                .ifPresent(p -> all.add(endpointOf(p)));
        return all;
    }

    @Override
    public String serverLogTail(String name, int lines) {
        if (!topology.serverNames().contains(name)) {
            throw new SandboxException("No server named '" + name + "': this sandbox has " + String.join(", ", topology.serverNames()) + ".");
        }
        String id = containerOf(name).orElseThrow(() -> new SandboxException(name + " has no container."));
        // the archive API reads a stopped container's files too: the log of a server that is down
        return ContainerFiles.tail(client, id, dataDirOf(name) + "/" + ServerLogSettings.DIRECTORY + "/" + ServerLogSettings.FILE_NAME, lines);
    }

    @Override
    public boolean isRunning(String name) {
        String id = containerOf(name).orElse(null);
        if (id == null) {
            return false;
        }
        try {
            InspectContainerResponse.ContainerState state = client.inspectContainerCmd(id).exec().getState();
            return state != null && Boolean.TRUE.equals(state.getRunning());
        } catch (DockerException e) {
            return false;
        }
    }

    private Optional<String> containerOf(String name) {
        Part part = parts.get(name);
        if (part != null) {
            return Optional.of(part.containerId());
        }
        return name.equals(topology.primary()) ? Optional.of(primary.containerId()) : Optional.empty();
    }

    @Override
    public synchronized String act(OperatorAction action, String target) {
        if (isClosed()) {
            throw new SandboxException("The sandbox is gone.");
        }
        Endpoint endpoint = endpoints().stream().filter(e -> e.name().equals(target)).findFirst()
                .orElseThrow(() -> new SandboxException("No server named '" + target + "': this sandbox has "
                        + String.join(", ", topology.serverNames()) + "."));
        String id = containerOf(target).orElseThrow();
        if (endpoint.kind() == Endpoint.Kind.POOLER) {
            if (action != OperatorAction.RELOAD_CONFIG) {
                throw new SandboxException(action.command() + " acts on a server; " + target + " is the pooler.");
            }
            client.killContainerCmd(id).withSignal("SIGHUP").exec();
            return target + " re-read its configuration.";
        }
        return switch (action) {
            case STOP_SERVER -> {
                requireRunning(target);
                crash(id);
                yield target + " crashed (immediate shutdown): it stays down until start-server.";
            }
            case START_SERVER -> {
                if (fenced.contains(target)) {
                    throw new SandboxException(target + " is fenced: it stays down until :reset.");
                }
                if (isRunning(target)) {
                    throw new SandboxException(target + " is running already.");
                }
                client.startContainerCmd(id).exec();
                awaitServer(id, endpoint.port());
                yield target + " started" + (ServerControl.inRecovery(endpoint) ? " as a standby." : " as a primary.");
            }
            case PROMOTE -> {
                requireRunning(target);
                yield ServerControl.promote(endpoint);
            }
            case FENCE -> {
                if (isRunning(target)) {
                    crash(id);
                }
                fenced.add(target);
                yield target + " is fenced: stopped, and it stays down until :reset.";
            }
            case PAUSE_REPLAY -> {
                requireRunning(target);
                yield ServerControl.pauseReplay(endpoint);
            }
            case RESUME_REPLAY -> {
                requireRunning(target);
                yield ServerControl.resumeReplay(endpoint);
            }
            case RELOAD_CONFIG -> {
                requireRunning(target);
                yield ServerControl.reload(endpoint);
            }
            case TAKE_BASE_BACKUP, TAKE_BASE_BACKUP_WITHOUT_WAL -> {
                requireRunning(target);
                if (ServerControl.inRecovery(endpoint)) {
                    throw new SandboxException("Take the base backup on a primary: " + target + " is a standby.");
                }
                boolean withWal = action == OperatorAction.TAKE_BASE_BACKUP;
                backup.take(primary.containerImage(), target, withWal);
                yield "Base backup of " + target + " taken" + (withWal ? " with its WAL." : ", without WAL.");
            }
            case RESTORE_BACKUP -> {
                if (!backup.exists()) {
                    throw new SandboxException("No base backup to restore: take-base-backup takes one.");
                }
                if (fenced.contains(target)) {
                    throw new SandboxException(target + " is fenced: it stays down until :reset.");
                }
                restoreInto(endpoint, id);
                yield "The base backup was restored into " + target + ", which recovered and runs as a primary.";
            }
            case REBUILD_STANDBY -> {
                yield rebuildStandby(endpoint, id);
            }
            case REPOINT_POOLER -> {
                Part pooler = runningPooler();
                // the server's name on the network: a restored container takes the same one
                poolerServer = target;
                rewritePoolerIni(pooler);
                client.killContainerCmd(pooler.containerId()).withSignal("SIGHUP").exec();
                yield pooler.name() + " now sends every database to " + target + " (new server connections go there).";
            }
            case CHOOSE -> throw new SandboxException("choose takes a choice and an option: :action choose NAME OPTION");
        };
    }

    /**
     * Replaces the server's container by one whose cluster is the last base backup, on the same
     * port and under the same name on the network: it recovers from the backup and comes up as a
     * primary. A backup without its WAL cannot recover: the server stays down, and its log says why.
     */
    private void restoreInto(Endpoint server, String oldContainer) {
        // a kill, as stop-server is; the warm-started primary's container may go too: parts come first
        Containers.remove(client, oldContainer);
        startFromBackup(server, "restored", List.of(), TopologyScripts.restored());
    }

    /**
     * A new container for {@code server} (its name ends with {@code suffix} and a count), on the
     * server's port, whose first start runs {@code script} on the last base backup copied into
     * it; returns once it accepts logins, or says what its log ends with.
     */
    private void startFromBackup(Endpoint server, String suffix, List<String> env, String script) {
        restores++;
        String id = create(server.name(), "ride-" + server.name() + "-" + session.substring(0, 8) + "-" + suffix + "-" + restores,
                server.port(), 5432, env, script);
        parts.put(server.name(), new Part(server.name(), server.kind(), id, server.port(), TopologyScripts.RESTORED_PGDATA));
        backup.copyInto(id);
        client.startContainerCmd(id).exec();
        try {
            awaitServer(id, server.port());
        } catch (SandboxException e) {
            throw new SandboxException(server.name() + " did not come up from the backup; its log ends with:\n"
                    + ContainerFiles.tail(client, id, TopologyScripts.RESTORED_PGDATA + "/" + ServerLogSettings.DIRECTORY
                    + "/" + ServerLogSettings.FILE_NAME, 15), e);
        }
    }

    /**
     * pg_basebackup -R into a standby: a base backup of the primary with its WAL
     * ({@code pg_basebackup -X stream}), then the standby's container replaced by one whose first
     * start makes that backup a standby ({@link TopologyScripts#rebuiltStandby}); once it accepts
     * logins it is told where the primary is, as a standby at its start is.
     */
    private String rebuildStandby(Endpoint server, String oldContainer) {
        java.util.Optional<Topology.Standby> standby = topology.standby(server.name());
        // the scenario's primary after a failover: rebuilt from the server promoted in its place,
        // as a plain standby of it (an old primary whose timeline diverged); refused before one
        Endpoint promoted = standby.isPresent() ? null : promotedOtherThan(server.name()).orElseThrow(() -> new SandboxException(
                "rebuild-standby rebuilds one of the standbys; " + server.name() + " is the primary."));
        Topology.Standby spec = standby.orElseGet(() -> Topology.Standby.plain(server.name()));
        if (fenced.contains(server.name())) {
            throw new SandboxException(server.name() + " is fenced: it stays down until :reset.");
        }
        Endpoint from = promoted != null ? promoted : primaryEndpoint();
        if (!isRunning(from.name())) {
            throw new SandboxException("A standby is rebuilt from the primary, and " + from.name() + " is not running.");
        }
        if (ServerControl.inRecovery(from)) {
            throw new SandboxException("Take the base backup on a primary: " + from.name() + " is a standby.");
        }
        // pg_basebackup -S: a slot named after the standby, if the scenario gives it one or the
        // learner made one on the primary
        boolean throughSlot = spec.slot() || ServerControl.hasPhysicalSlot(from, spec.slotName());
        backup.take(primary.containerImage(), from.name(), true);
        Containers.remove(client, oldContainer);
        startFromBackup(server, "rebuilt", List.of("RIDE_PASSWORD=" + password), TopologyScripts.rebuiltStandby(spec));
        try (Connection c = endpointOf(parts.get(server.name())).connect("postgres")) {
            // a backup of a promoted standby brought that standby's own primary_slot_name along
            String slot = throughSlot ? spec.slotName() : promoted == null ? null : "";
            streamFrom(c, spec, promoted == null ? topology.primary() : promoted.name(), slot);
        } catch (SQLException e) {
            throw new SandboxException(server.name() + ": " + e.getMessage(), e);
        }
        return server.name() + " was rebuilt from a fresh base backup of " + from.name()
                + " and started as a standby" + (throughSlot ? " (primary_slot_name '" + spec.slotName() + "')." : ".");
    }

    @Override
    public synchronized String choose(dev.ride.sandbox.ConfigChoice choice, String option) {
        if (isClosed()) {
            throw new SandboxException("The sandbox is gone.");
        }
        Map<String, String> settings = choice.requireOption(option);
        if (choice.editsHba()) {
            // the file in the server's container, running or stopped: it is read at the next reload or start
            String server = choice.edits();
            String id = containerOf(server).orElseThrow(() -> new SandboxException("No server named '" + server + "'."));
            ContainerFiles.TextFile hba = ContainerFiles.read(client, id, dataDirOf(server) + "/pg_hba.conf");
            ContainerFiles.write(client, id, hba.withText(PgHbaChoices.apply(hba.text(), topology.choices(), choice, option)));
            return choice.chosen(option);
        }
        Part pooler = parts.get(choice.edits());
        if (pooler == null || pooler.kind() != Endpoint.Kind.POOLER) {
            throw new SandboxException(choice.name() + " edits " + choice.edits() + ", which this sandbox cannot edit.");
        }
        if (!isRunning(pooler.name())) {
            throw new SandboxException(pooler.name() + " is not running.");
        }
        poolerDatabases.put(choice.database(), new java.util.TreeMap<>(settings));
        rewritePoolerIni(pooler);
        return choice.chosen(option);
    }

    /** The cluster's directory in the server's container: the prepared one, a standby's copy, or a restored backup. */
    private String dataDirOf(String server) {
        Part part = parts.get(server);
        return part != null ? part.pgdata() : ContainerSpec.PREPARED_PGDATA;
    }

    private void requireRunning(String name) {
        if (!isRunning(name)) {
            throw new SandboxException(name + " is not running" + (fenced.contains(name) ? " (fenced)." : ": start-server starts it."));
        }
    }

    /** SIGQUIT to the container's first process, postgres: an immediate shutdown; the container stops with it. */
    private void crash(String containerId) {
        client.killContainerCmd(containerId).withSignal("SIGQUIT").exec();
        client.waitContainerCmd(containerId).start().awaitStatusCode();
    }

    @Override
    public synchronized void resetTopology() {
        if (isClosed()) {
            throw new SandboxException("The sandbox is gone.");
        }
        StartTrace trace = StartTrace.fromEnvironment(System.err, System.nanoTime());
        removeParts();
        primary.close();
        trace.step("reset: remove containers");
        fenced.clear();
        // the same session label, ports and password; the primary's container gets a new name
        launchAll(UUID.randomUUID().toString(), trace);
    }

    private void removeParts() {
        backup.remove();
        parts.values().forEach(p -> Containers.remove(client, p.containerId()));
        parts.clear();
    }

    @Override
    protected void release() {
        try {
            removeParts();
            if (primary != null) {
                primary.close();
            }
            DockerNetworks.remove(client, networkId);
        } catch (RuntimeException e) {
            // the daemon went away: the next run's reaper removes the containers and the network
        }
    }

    /** True while any of its servers runs: a primary crashed on purpose is part of the drill. */
    @Override
    public boolean isAlive() {
        return !isClosed() && topology.serverNames().stream().anyMatch(this::isRunning);
    }

    @Override
    public String engine() {
        return "docker";
    }

    @Override
    public int port() {
        return primary.port();
    }

    @Override
    public String user() {
        return ContainerSpec.SUPERUSER;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String description() {
        List<String> described = new ArrayList<>();
        endpoints().forEach(e -> described.add(e.name() + " on port " + e.port()));
        return "docker " + baseImage + ": " + String.join(", ", described);
    }
}

package dev.ride.sandbox.docker;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;

import dev.ride.sandbox.Passwords;
import dev.ride.sandbox.PortRetry;
import dev.ride.sandbox.PortTaken;
import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.SandboxException;

/**
 * PostgreSQL in a container, through docker-java: the official {@code postgres} image by default
 * ({@link DockerSettings#image()}), pulled with a progress bar when missing. Each start first removes
 * the leftovers of killed runs ({@link DockerReaper}). A scenario's sandbox starts warm from a
 * prepared image made by its first run ({@link PreparedImages}).
 */
public final class DockerEngine implements SandboxEngine {

    private final DockerDaemon daemon;
    private final DockerSettings settings;
    private final PrintStream console;
    private final ImagePuller puller;

    /**
     * @param console     where the pull progress and the reaper's notice go (stderr for the CLI)
     * @param interactive true when {@code console} is a terminal (the progress bar redraws in place)
     */
    public DockerEngine(DockerDaemon daemon, DockerSettings settings, PrintStream console, boolean interactive) {
        this.daemon = daemon;
        this.settings = settings;
        this.console = console;
        this.puller = new ImagePuller(daemon.client(), console, interactive);
    }

    /**
     * Connects to the daemon of the usual Docker configuration and returns an engine on it, talking
     * to stderr.
     *
     * @throws DockerUnavailableException (a {@link SandboxException}) when no daemon answers
     */
    public static DockerEngine connect(DockerSettings settings) {
        return connect(settings, System.err);
    }

    /** As {@link #connect(DockerSettings)}, talking to {@code console} (a progress bar only on a terminal). */
    public static DockerEngine connect(DockerSettings settings, PrintStream console) {
        DockerDaemon daemon = DockerDaemon.connect(settings.dockerHost(), settings.answerWithin());
        return new DockerEngine(daemon, settings, console, console == System.err && System.console() != null);
    }

    @Override
    public String name() {
        return "docker";
    }

    public DockerDaemon daemon() {
        return daemon;
    }

    public String image() {
        return settings.image();
    }

    /**
     * Pulls the image unless it is local ({@link #start} does it too).
     *
     * @throws ImagePullException when it is missing and cannot be pulled
     */
    public void prepareImage() {
        puller.ensure(settings.image());
    }

    @Override
    public DockerSandbox start(String label) {
        long begin = System.nanoTime();
        return onDocker(() -> {
            StartTrace trace = StartTrace.fromEnvironment(console, begin);
            reapLeftovers();
            trace.step("reap");
            PreparedImages.Base base = localBase();
            trace.step("image");
            String session = UUID.randomUUID().toString();
            String password = Passwords.random();
            ContainerSpec spec = new ContainerSpec(base.ref(), containerName(label, session), password, base.pgdata(),
                    ContainerSpec.Layout.THROWAWAY, RideLabels.forThisProcess(label, session));
            return launch(spec, base.ref(), password, c -> { }, begin, trace);
        });
    }

    /**
     * Warm start: the first run for a (base image id, state key) installs the state into a cold
     * container whose cluster is on the container filesystem, checkpoints it and commits the running
     * container as a prepared image ({@link PreparedImages}), then goes on in that container; every
     * later run starts a container of that image (no initdb, no setup SQL). Either way a new random
     * password is set before the sandbox is handed out.
     */
    @Override
    public DockerSandbox start(String label, PreparedState state) {
        long begin = System.nanoTime();
        return onDocker(() -> {
            StartTrace trace = StartTrace.fromEnvironment(console, begin);
            reapLeftovers();
            trace.step("reap");
            PreparedImages.Base base = localBase();
            PreparedImages images = new PreparedImages(daemon.client());
            String key = PreparedImages.key(base, state.key());
            Optional<PreparedImages.Prepared> found = images.find(label, key);
            trace.step("image, find prepared");
            if (found.isPresent()) {
                try {
                    return startPrepared(label, base, found.get(), begin, trace);
                } catch (SandboxException e) {
                    // a damaged image (removed layers, a cluster that no longer starts): make it again
                    images.remove(found.get().id());
                }
            }
            return prepare(label, base, key, state, begin, trace);
        });
    }

    private DockerSandbox startPrepared(String label, PreparedImages.Base base, PreparedImages.Prepared prepared,
                                        long begin, StartTrace trace) {
        String session = UUID.randomUUID().toString();
        String password = Passwords.random();
        ContainerSpec spec = new ContainerSpec(prepared.id(), containerName(label, session), password,
                ContainerSpec.PREPARED_PGDATA, ContainerSpec.Layout.PREPARED, RideLabels.forThisProcess(label, session));
        return launch(spec, base.ref(), prepared.password(),
                c -> Passwords.replace(c, ContainerSpec.SUPERUSER, password), begin, trace);
    }

    /**
     * A cold container with its cluster where a commit keeps it: install, checkpoint, commit, and
     * the run goes on in it with a new password. The commit pauses the container while it copies
     * the files (about a second): after the checkpoint every change is in the data files, so the
     * image holds the installed state as a clean shutdown would, save that a start from it replays
     * the few WAL records after the checkpoint. A shutdown, commit and restart instead cost about
     * 0.9 s more on the first run.
     */
    private DockerSandbox prepare(String label, PreparedImages.Base base, String key, PreparedState state,
                                  long begin, StartTrace trace) {
        PreparedImages images = new PreparedImages(daemon.client());
        String session = UUID.randomUUID().toString();
        EmptyCluster cold = emptyCluster(label, session, base, images, begin, trace);
        try {
            state.install().accept(cold.sandbox());
            trace.step("install");
            String ownPassword = Passwords.random();
            try (Connection c = cold.sandbox().connect("postgres"); Statement s = c.createStatement()) {
                commitCheckpointed(s, images, cold.sandbox().containerId(), label, key, base, state.key(), cold.password());
                trace.step("checkpoint, commit");
                // the prepared image keeps the password it was made with; this run gets its own
                Passwords.replace(c, ContainerSpec.SUPERUSER, ownPassword);
            }
            trace.step("new password");
            DockerSandbox ready = cold.sandbox().handOver(cold.sandbox().spec().withPassword(ownPassword),
                    Duration.ofNanos(System.nanoTime() - begin));
            ready.awaitOnClose(removeOldImagesLater(images, label, base.ref(), key));
            return ready;
        } catch (SQLException e) {
            cold.sandbox().close();
            throw new SandboxException("Cannot prepare the sandbox's image: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            cold.sandbox().close();
            throw e;
        }
    }

    /**
     * Removes the scenario's older prepared images and evicts beyond the limit on a thread of its
     * own, which the sandbox's close waits for: deleting a 100 MB image took up to 1.5 s of a cold
     * start. Should the JVM die first, the next cold start of the scenario removes them.
     */
    private static Thread removeOldImagesLater(PreparedImages images, String label, String baseRef, String key) {
        Thread cleanup = new Thread(() -> {
            try {
                images.removeStale(label, baseRef, key);
                images.evict();
            } catch (RuntimeException e) {
                // only housekeeping: the next cold start tries again
            }
        }, "ride-prepared-images-cleanup");
        cleanup.setDaemon(true);
        cleanup.start();
        return cleanup;
    }

    /** A running container with a freshly initialised cluster, and its superuser's password. */
    private record EmptyCluster(DockerSandbox sandbox, String password) {
    }

    /**
     * A container holding only an initialised cluster, on the container filesystem: started from
     * this base image's {@link PreparedImages#EMPTY_CLUSTER} image when there is one (no initdb:
     * about 0.7 s less), else initdb'd from the base image and committed as that image first.
     */
    private EmptyCluster emptyCluster(String label, String session, PreparedImages.Base base, PreparedImages images,
                                      long begin, StartTrace trace) {
        String emptyKey = PreparedImages.key(base, PreparedImages.EMPTY_CLUSTER);
        String name = containerName(label, session);
        Optional<PreparedImages.Prepared> empty = images.find(PreparedImages.EMPTY_CLUSTER, emptyKey);
        if (empty.isPresent()) {
            ContainerSpec spec = new ContainerSpec(empty.get().id(), name, empty.get().password(),
                    ContainerSpec.PREPARED_PGDATA, ContainerSpec.Layout.PREPARED, RideLabels.forThisProcess(label, session));
            try {
                return new EmptyCluster(launch(spec, base.ref(), empty.get().password(), c -> { }, begin, trace),
                        empty.get().password());
            } catch (SandboxException e) {
                images.remove(empty.get().id()); // damaged: make it again below
            }
        }
        String password = Passwords.random();
        ContainerSpec spec = new ContainerSpec(base.ref(), name, password,
                ContainerSpec.PREPARED_PGDATA, ContainerSpec.Layout.PREPARING, RideLabels.forThisProcess(label, session));
        DockerSandbox initialised = launch(spec, base.ref(), password, c -> { }, begin, trace);
        try (Connection c = initialised.connect("postgres"); Statement s = c.createStatement()) {
            commitCheckpointed(s, images, initialised.containerId(), PreparedImages.EMPTY_CLUSTER, emptyKey, base,
                    PreparedImages.EMPTY_CLUSTER, password);
            trace.step("checkpoint, commit empty cluster");
            images.removeStale(PreparedImages.EMPTY_CLUSTER, base.ref(), emptyKey);
        } catch (SQLException e) {
            initialised.close();
            throw new SandboxException("Cannot prepare the sandbox's image: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            initialised.close();
            throw e;
        }
        return new EmptyCluster(initialised, password);
    }

    /** CHECKPOINT over {@code s}, then the commit of its container (see {@link #prepare}). */
    private static void commitCheckpointed(Statement s, PreparedImages images, String containerId, String label,
                                           String key, PreparedImages.Base base, String fingerprint, String password)
            throws SQLException {
        s.execute("CHECKPOINT");
        images.commit(containerId, label, key, base, fingerprint, password);
    }

    /**
     * Creates and starts the container of {@code spec}, waits for a login with {@code loginPassword}
     * (running {@code onLogin} on that first connection), and hands out a sandbox that removes the
     * container when closed.
     */
    private DockerSandbox launch(ContainerSpec spec, String baseImage, String loginPassword,
                                 Consumer<Connection> onLogin, long begin, StartTrace trace) {
        return PortRetry.onFreePort(port -> launchOn(spec.withHostPort(port), baseImage, loginPassword, onLogin, begin, trace));
    }

    /**
     * As {@link #launch}, on the port of {@code spec}: a port ride picks spares a container inspect
     * (0.1–0.2 s of each start) at the risk of another process taking it first ({@link PortTaken}).
     */
    private DockerSandbox launchOn(ContainerSpec spec, String baseImage, String loginPassword,
                                   Consumer<Connection> onLogin, long begin, StartTrace trace) {
        DockerClient client = daemon.client();
        String id = spec.applyTo(client.createContainerCmd(spec.image())).exec().getId();
        trace.step("create");
        // Ctrl-C or SIGTERM while the server starts: the sandbox (and its own hook) does not exist yet
        Thread abort = new Thread(() -> Containers.remove(client, id), "ride-sandbox-abort-" + spec.name());
        Runtime.getRuntime().addShutdownHook(abort);
        try {
            try {
                client.startContainerCmd(id).exec();
            } catch (DockerException e) {
                String why = DockerDaemon.rootMessage(e);
                if (why.contains("port is already allocated") || why.contains("address already in use")) {
                    throw new PortTaken(e);
                }
                throw e;
            }
            trace.step("start");
            // each container gets the whole timeout (a first run starts two)
            Readiness.await(client, id, "jdbc:postgresql://127.0.0.1:" + spec.hostPort() + "/postgres",
                    ContainerSpec.SUPERUSER, loginPassword, System.nanoTime(), settings.readyTimeout(), onLogin);
            // a prepared scenario's container is logged into with the image's password and given the spec's
            trace.step("ready, login" + (spec.password().equals(loginPassword) ? "" : ", new password"));
            return new DockerSandbox(client, id, spec, baseImage, spec.hostPort(),
                    Duration.ofNanos(System.nanoTime() - begin));
        } catch (RuntimeException e) {
            try {
                Containers.remove(client, id);
            } catch (RuntimeException daemonGone) {
                e.addSuppressed(daemonGone); // the next run's reaper removes it
            }
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(abort);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it removes the container
            }
        }
    }

    /** Runs Docker calls, turning the daemon's errors into one sentence for the learner. */
    private DockerSandbox onDocker(Supplier<DockerSandbox> work) {
        try {
            return work.get();
        } catch (DockerException e) {
            throw new SandboxException("Docker could not start the sandbox (" + DockerDaemon.rootMessage(e)
                    + "): try again, or use --engine embedded.", e);
        }
    }

    private void reapLeftovers() {
        List<String> removed = new DockerReaper(daemon.client()).reap();
        if (!removed.isEmpty()) {
            console.println("Removed " + removed.size() + " leftover ride container" + (removed.size() == 1 ? "" : "s")
                    + " of killed runs: " + String.join(", ", removed) + ".");
        }
    }

    /** The image of the settings, pulled first when it is not local. */
    private PreparedImages.Base localBase() {
        try {
            return base(settings.image());
        } catch (NotFoundException e) {
            prepareImage();
            return base(settings.image());
        }
    }

    /**
     * The image's id (part of the prepared-image key) and its own PGDATA (the official image moved
     * it in PostgreSQL 18), where the tmpfs of a throwaway cluster goes.
     */
    private PreparedImages.Base base(String image) {
        InspectImageResponse inspected = daemon.client().inspectImageCmd(image).exec();
        String[] env = inspected.getConfig() == null ? null : inspected.getConfig().getEnv();
        String pgdata = env == null ? ContainerSpec.DEFAULT_PGDATA : Arrays.stream(env)
                .filter(e -> e.startsWith("PGDATA="))
                .map(e -> e.substring("PGDATA=".length()))
                .findFirst()
                .orElse(ContainerSpec.DEFAULT_PGDATA);
        return new PreparedImages.Base(image, inspected.getId(), pgdata);
    }

    /** e.g. {@code ride-seed-000-1a2b3c4d}: readable in {@code docker ps}, unique per session. */
    static String containerName(String label, String session) {
        String clean = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^[-_.]+|-+$", "");
        if (clean.length() > 40) {
            clean = clean.substring(0, 40);
        }
        return "ride-" + (clean.isEmpty() ? "" : clean + "-") + session.substring(0, 8);
    }

}

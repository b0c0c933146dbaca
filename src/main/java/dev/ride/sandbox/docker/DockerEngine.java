package dev.ride.sandbox.docker;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;

import dev.ride.sandbox.Passwords;
import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.Topology;
import dev.ride.sandbox.WarmStart;

/**
 * PostgreSQL in a container, through docker-java: the official {@code postgres} image by default
 * ({@link DockerSettings#image()}), which must be on the daemon already: ride never pulls an image
 * ({@link ImageNotLocalException} says how to get one). Each start first removes
 * the leftovers of killed runs ({@link DockerReaper}); {@link ContainerLauncher} starts the container.
 * A scenario's sandbox starts warm from a prepared image made by its first run
 * ({@link PreparedImageStorage}, {@link PreparedImages}).
 */
public final class DockerEngine implements SandboxEngine {

    private final DockerDaemon daemon;
    private final DockerSettings settings;
    private final PrintStream console;
    private final ContainerLauncher launcher;
    /**
     * The image as {@link #hasLocalImage} found it a moment ago, for the start that follows (one
     * request fewer on its way); taken once, so a later start (a reset) asks the daemon again.
     */
    private final AtomicReference<PreparedImages.Base> looked = new AtomicReference<>();

    /** @param console where the reaper's notice and the start trace go (stderr for the CLI) */
    public DockerEngine(DockerDaemon daemon, DockerSettings settings, PrintStream console) {
        this.daemon = daemon;
        this.settings = settings;
        this.console = console;
        this.launcher = new ContainerLauncher(daemon.client(), settings.readyTimeout());
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

    /** As {@link #connect(DockerSettings)}, talking to {@code console}. */
    public static DockerEngine connect(DockerSettings settings, PrintStream console) {
        long begin = System.nanoTime();
        StartTrace trace = StartTrace.fromEnvironment(console, begin);
        trace.sinceProcessStart("jvm, command line, scenario");
        // from here on the daemon's answers are waited for: the first login's CPU work fits in between
        dev.ride.sandbox.LoginWarmUp.start();
        DockerDaemon daemon = DockerDaemon.connectToStart(settings.dockerHost(), settings.answerWithin());
        trace.step("connect to the daemon");
        return new DockerEngine(daemon, settings, console);
    }

    @Override
    public String name() {
        return settings.runtime();
    }

    public DockerDaemon daemon() {
        return daemon;
    }

    public String image() {
        return settings.image();
    }

    /** True when the daemon has the image of the settings (an inspect; nothing is pulled). */
    public boolean hasLocalImage() {
        try {
            looked.set(base(settings.image()));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * Checks now what {@link #start} would find out later.
     *
     * @throws ImageNotLocalException when the daemon does not have the image
     */
    public void requireLocalImage() {
        if (!hasLocalImage()) {
            throw new ImageNotLocalException(settings.image(), settings.runtime());
        }
    }

    @Override
    public DockerSandbox start(String label) {
        long begin = System.nanoTime();
        return onDocker(() -> {
            StartTrace trace = StartTrace.fromEnvironment(console, begin);
            reapLeftovers().join();
            trace.step("reap");
            PreparedImages.Base base = localBase();
            trace.step("image");
            String session = UUID.randomUUID().toString();
            String password = Passwords.random();
            ContainerSpec spec = new ContainerSpec(base.ref(), containerName(label, session), password, base.pgdata(),
                    ContainerSpec.Layout.THROWAWAY, RideLabels.forThisProcess(label, session));
            return launcher.launch(spec, base.ref(), password, c -> { }, begin, trace);
        });
    }

    /**
     * Warm start from a prepared image ({@link PreparedImageStorage.Installed}): the first run for a
     * (base image id, state key) installs the state into a container of the empty-cluster image,
     * commits it and goes on in it; every later run starts a container of that image. Either way a
     * new random password is set before the sandbox is handed out.
     */
    @Override
    public DockerSandbox start(String label, PreparedState state) {
        long begin = System.nanoTime();
        return onDocker(() -> {
            StartTrace trace = StartTrace.fromEnvironment(console, begin);
            // the leftovers of killed runs hold no port and no name this start needs: removed meanwhile
            Reaping reaping = reapLeftovers();
            PreparedImages.Base base = localBase();
            PreparedImageStorage.Installed storage = new PreparedImageStorage.Installed(launcher,
                    new PreparedImages(daemon.client()), label, base, begin, trace, state.key());
            DockerSandbox started = WarmStart.start(storage, PreparedImages.key(base, state.key()), state.install());
            try {
                reaping.join();
            } catch (RuntimeException e) {
                started.close();
                throw e;
            }
            return started;
        });
    }

    /**
     * Every part of {@code topology} ({@link DockerTopology}): the primary is this warm start's
     * container, the rest are made from it on a private network.
     */
    @Override
    public DockerTopology start(String label, PreparedState state, Topology topology) {
        return start(label, state, () -> topology, primary -> { });
    }

    /**
     * As {@link #start(String, PreparedState, Topology)}, taking the topology only once the image
     * is looked up and, on a warm start, the network made: both need none of it, and meanwhile
     * the scenario's manifest is parsed.
     */
    @Override
    public DockerTopology start(String label, PreparedState state, Supplier<Topology> topology) {
        return start(label, state, topology, primary -> { });
    }

    /**
     * As {@link #start(String, PreparedState, Topology)}, running {@code beforeStandbysStream} on the
     * primary once it is ready and before any standby is told where it is (a test makes the
     * primary busy there).
     */
    DockerTopology start(String label, PreparedState state, Topology topology,
                         java.util.function.Consumer<dev.ride.sandbox.Endpoint> beforeStandbysStream) {
        return start(label, state, () -> topology, beforeStandbysStream);
    }

    private DockerTopology start(String label, PreparedState state, Supplier<Topology> topology,
                                 java.util.function.Consumer<dev.ride.sandbox.Endpoint> beforeStandbysStream) {
        long begin = System.nanoTime();
        StartTrace trace = StartTrace.fromEnvironment(console, begin);
        Optional<PreparedImages.Prepared> warm;
        PreparedImages.Base base;
        Reaping reaping;
        try {
            reaping = reapLeftovers();
            base = localBase();
            warm = new PreparedImages(daemon.client()).find(label, PreparedImages.key(base, state.key()));
            trace.step("image, find prepared");
        } catch (DockerException e) {
            throw new SandboxException("Docker could not start the sandbox (" + DockerDaemon.rootMessage(e)
                    + "): try again, or use --engine embedded.", e);
        }
        if (warm.isPresent()) {
            DockerTopology started;
            try {
                started = DockerTopology.startWarm(daemon.client(), launcher, topology, label, base, warm.get(),
                        settings.readyTimeout(), trace, beforeStandbysStream);
            } catch (DockerException e) {
                throw new SandboxException("Docker could not start the sandbox's servers (" + DockerDaemon.rootMessage(e)
                        + "): try again, or use --engine embedded.", e);
            }
            try {
                reaping.join();
            } catch (DockerException e) {
                started.close();
                throw new SandboxException("Docker could not remove the leftovers of killed runs ("
                        + DockerDaemon.rootMessage(e) + "): try again, or use --engine embedded.", e);
            }
            return started;
        }
        onDocker(() -> {
            reaping.join();
            return null;
        });
        // the first run: the scenario is installed and committed as for one server, then the rest is made
        DockerSandbox primary = start(label, state);
        try {
            PreparedImages.Prepared prepared = new PreparedImages(daemon.client()).find(label, PreparedImages.key(base, state.key()))
                    .orElseThrow(() -> new SandboxException("Docker kept no prepared image of this scenario, which a reset"
                            + " of its servers needs: try again, or use --engine embedded."));
            if (topology.get().standbys().stream().anyMatch(Topology.Standby::sync)) {
                // the container the scenario was installed in runs with synchronous_commit=off on its
                // command line, which would outrank a learner's ALTER SYSTEM: a primary of a
                // synchronous standby starts from the image just made instead, as a warm start does
                primary.close();
                return DockerTopology.startWarm(daemon.client(), launcher, topology, label, base, prepared,
                        settings.readyTimeout(), trace, beforeStandbysStream);
            }
            return DockerTopology.start(daemon.client(), launcher, topology.get(), label, primary, prepared,
                    settings.readyTimeout(), beforeStandbysStream);
        } catch (DockerException e) {
            primary.close();
            throw new SandboxException("Docker could not start the sandbox's servers (" + DockerDaemon.rootMessage(e)
                    + "): try again, or use --engine embedded.", e);
        } catch (RuntimeException e) {
            primary.close();
            throw e;
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

    /** The reaper at work on a thread of its own; {@link #join()} waits for it and passes its failure on. */
    private static final class Reaping {
        private final Thread thread;
        private volatile RuntimeException failure;

        Reaping(Runnable work) {
            thread = new Thread(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    failure = e;
                }
            }, "ride-docker-reaper");
            thread.setDaemon(true);
            thread.start();
        }

        void join() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SandboxException("Interrupted while leftovers of killed runs were removed.", e);
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Removes the leftovers of killed runs, on a thread of its own; the start goes on meanwhile. */
    private Reaping reapLeftovers() {
        return new Reaping(() -> {
            List<String> removed = new DockerReaper(daemon.client()).reap();
            if (!removed.isEmpty()) {
                console.println("Removed " + removed.size() + " leftover ride container" + (removed.size() == 1 ? "" : "s")
                        + " of killed runs: " + String.join(", ", removed) + ".");
            }
        });
    }

    /** The image of the settings; never pulled. */
    private PreparedImages.Base localBase() {
        PreparedImages.Base justLooked = looked.getAndSet(null);
        if (justLooked != null) {
            return justLooked;
        }
        try {
            return base(settings.image());
        } catch (NotFoundException e) {
            throw new ImageNotLocalException(settings.image(), settings.runtime());
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

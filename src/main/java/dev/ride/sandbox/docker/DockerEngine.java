package dev.ride.sandbox.docker;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Ports;

import dev.ride.sandbox.Passwords;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.SandboxException;

/**
 * PostgreSQL in a container, through docker-java: the official {@code postgres} image by default
 * ({@link DockerSettings#image()}), pulled with a progress bar when missing. Each start first removes
 * the leftovers of killed runs ({@link DockerReaper}).
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
        DockerClient client = daemon.client();
        try {
            reapLeftovers();
            prepareImage();
            String session = UUID.randomUUID().toString();
            ContainerSpec spec = new ContainerSpec(settings.image(), containerName(label, session), Passwords.random(),
                    pgdata(settings.image()), RideLabels.forThisProcess(label, session));
            String id = spec.applyTo(client.createContainerCmd(spec.image())).exec().getId();
            // Ctrl-C or SIGTERM while the server starts: the sandbox (and its own hook) does not exist yet
            Thread abort = new Thread(() -> Containers.remove(client, id), "ride-sandbox-abort-" + spec.name());
            Runtime.getRuntime().addShutdownHook(abort);
            try {
                client.startContainerCmd(id).exec();
                int port = hostPort(id);
                Readiness.await(client, id, "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                        ContainerSpec.SUPERUSER, spec.password(), begin, settings.readyTimeout());
                return new DockerSandbox(client, id, spec, port, Duration.ofNanos(System.nanoTime() - begin));
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

    /** The image's own PGDATA (the official image moved it in PostgreSQL 18), so the tmpfs lands on it. */
    private String pgdata(String image) {
        String[] env = daemon.client().inspectImageCmd(image).exec().getConfig().getEnv();
        return env == null ? ContainerSpec.DEFAULT_PGDATA : Arrays.stream(env)
                .filter(e -> e.startsWith("PGDATA="))
                .map(e -> e.substring("PGDATA=".length()))
                .findFirst()
                .orElse(ContainerSpec.DEFAULT_PGDATA);
    }

    private int hostPort(String containerId) {
        InspectContainerResponse container = daemon.client().inspectContainerCmd(containerId).exec();
        // a container that already stopped has no ports any more: say why it stopped instead
        Readiness.checkRunning(daemon.client(), containerId, container.getState());
        Ports.Binding[] bindings = container.getNetworkSettings().getPorts().getBindings()
                .get(ContainerSpec.POSTGRES_PORT);
        if (bindings == null || bindings.length == 0) {
            throw new SandboxException("Docker published no port for the sandbox (a daemon without a bridge network?):"
                    + " use --engine embedded.");
        }
        return Integer.parseInt(bindings[0].getHostPortSpec());
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

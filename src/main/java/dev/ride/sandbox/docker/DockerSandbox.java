package dev.ride.sandbox.docker;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.dockerjava.api.DockerClient;

import dev.ride.sandbox.Companion;
import dev.ride.sandbox.Sandbox;

/**
 * A server in a container started by {@link DockerEngine}. {@link #close()} (or the JVM's shutdown
 * hook on a normal exit or SIGTERM) removes the container; after {@code kill -9} of the JVM the
 * container keeps running until the next run's {@link DockerReaper} removes it.
 */
public final class DockerSandbox implements Sandbox {

    private final DockerClient client;
    private final String containerId;
    private final ContainerSpec spec;
    private final String baseImage;
    private final int port;
    private final Duration startup;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Housekeeping that {@link #close} lets finish first (bounded): the removal of older prepared images. */
    private volatile Thread companion;
    private final Thread shutdownHook;

    /** @param baseImage the image the user asked for; {@code spec.image()} may be a prepared image made from it */
    DockerSandbox(DockerClient client, String containerId, ContainerSpec spec, String baseImage, int port,
                  Duration startup) {
        this.client = client;
        this.containerId = containerId;
        this.spec = spec;
        this.baseImage = baseImage;
        this.port = port;
        this.startup = startup;
        this.shutdownHook = new Thread(this::remove, "ride-sandbox-cleanup-" + spec.name());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    @Override
    public String engine() {
        return "docker";
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String user() {
        return ContainerSpec.SUPERUSER;
    }

    @Override
    public String password() {
        return spec.password();
    }

    @Override
    public String description() {
        return "docker " + baseImage + " (" + containerId.substring(0, 12)
                + (spec.layout() == ContainerSpec.Layout.PREPARED ? ", prepared" : "") + ") on port " + port;
    }

    public String containerId() {
        return containerId;
    }

    public String containerName() {
        return spec.name();
    }

    /** The image the user asked for (settings, {@code --image}). */
    public String image() {
        return baseImage;
    }

    /** The image the container runs: {@link #image()}, or a prepared image made from it. */
    public String containerImage() {
        return spec.image();
    }

    /** The label given to {@link DockerEngine#start} (the scenario id). */
    public String label() {
        return spec.labels().get(RideLabels.SCENARIO);
    }

    /** The {@code dev.ride.session} label: one id per started sandbox. */
    public String session() {
        return spec.labels().get(RideLabels.SESSION);
    }

    /** From {@link DockerEngine#start} being called to the first successful login (a pull included). */
    public Duration startupTime() {
        return startup;
    }

    ContainerSpec spec() {
        return spec;
    }

    /**
     * The same container as a new sandbox described by {@code newSpec} (e.g. after its password was
     * changed); removing the container becomes the new sandbox's job, this one forgets it.
     */
    DockerSandbox handOver(ContainerSpec newSpec, Duration newStartup) {
        DockerSandbox next = new DockerSandbox(client, containerId, newSpec, baseImage, port, newStartup);
        // the new one's shutdown hook is registered: only then is this one's dropped
        closed.set(true);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hooks run: this one finds itself closed, the new one removes the container
        }
        return next;
    }

    @Override
    public boolean isAlive() {
        return !closed.get() && Sandbox.super.isAlive();
    }

    @Override
    public void close() {
        Companion.await(companion);
        remove();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it finds the sandbox already closed
        }
    }

    /** {@link #close()} waits for {@code work} (at most a minute) before it removes the container. */
    void awaitOnClose(Thread work) {
        companion = work;
    }

    private void remove() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Containers.remove(client, containerId);
        } catch (RuntimeException e) {
            // the daemon went away: the next run's reaper removes the container once we are gone
        }
    }

    @Override
    public String toString() {
        return description() + " [" + spec.name() + "]";
    }
}

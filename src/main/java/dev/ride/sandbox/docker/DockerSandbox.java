package dev.ride.sandbox.docker;

import java.time.Duration;

import com.github.dockerjava.api.DockerClient;

import dev.ride.sandbox.ManagedSandbox;

/**
 * A server in a container started by {@link DockerEngine}. {@link #close()} (or the JVM's shutdown
 * hook on a normal exit or SIGTERM) removes the container; after {@code kill -9} of the JVM the
 * container keeps running until the next run's {@link DockerReaper} removes it.
 */
public final class DockerSandbox extends ManagedSandbox {

    private final DockerClient client;
    private final String containerId;
    private final ContainerSpec spec;
    private final String baseImage;
    private final int port;
    private final Duration startup;

    /** @param baseImage the image the user asked for; {@code spec.image()} may be a prepared image made from it */
    DockerSandbox(DockerClient client, String containerId, ContainerSpec spec, String baseImage, int port,
                  Duration startup) {
        this.client = client;
        this.containerId = containerId;
        this.spec = spec;
        this.baseImage = baseImage;
        this.port = port;
        this.startup = startup;
        releaseOnExit(spec.name());
    }

    @Override
    public String engine() {
        return "docker";
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

    /** From {@link DockerEngine#start} being called to the first successful login. */
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
        handedOver();
        return next;
    }

    /** Removes the container. */
    @Override
    protected void release() {
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

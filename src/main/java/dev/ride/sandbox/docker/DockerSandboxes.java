package dev.ride.sandbox.docker;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;

import dev.ride.sandbox.SandboxEntry;
import dev.ride.sandbox.SandboxRegistry;

/**
 * The Docker sandboxes the daemon knows about (containers labelled {@code dev.ride=1}), for
 * {@code ride sandbox ls} and {@code rm}. The id is the container name. With no daemon answering
 * there are no Docker sandboxes to show, which is not an error.
 */
public final class DockerSandboxes implements SandboxRegistry {

    private final Optional<DockerDaemon> daemon;

    /** On the daemon of the usual Docker configuration, if one answers within a second. */
    public DockerSandboxes() {
        this(reachableDaemon());
    }

    public DockerSandboxes(DockerDaemon daemon) {
        this(Optional.of(daemon));
    }

    private DockerSandboxes(Optional<DockerDaemon> daemon) {
        this.daemon = daemon;
    }

    private static Optional<DockerDaemon> reachableDaemon() {
        try {
            return Optional.of(DockerDaemon.connect(Optional.empty(), Duration.ofSeconds(1)));
        } catch (DockerUnavailableException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<SandboxEntry> list() {
        return daemon.map(d -> Containers.ofRide(d.client()).stream().map(DockerSandboxes::entry).toList())
                .orElse(List.of());
    }

    private static SandboxEntry entry(Container container) {
        Map<String, String> labels = container.getLabels() == null ? Map.of() : container.getLabels();
        return new SandboxEntry("docker", Containers.name(container),
                labels.getOrDefault(RideLabels.SCENARIO, ""),
                publishedPort(container),
                RideLabels.ownerPid(labels),
                RideLabels.ownerAlive(labels),
                "running".equals(container.getState()),
                "container " + container.getId().substring(0, 12) + " (" + container.getImage() + ")",
                container.getCreated() == null ? Instant.EPOCH : Instant.ofEpochSecond(container.getCreated()));
    }

    private static int publishedPort(Container container) {
        ContainerPort[] ports = container.getPorts();
        return ports == null ? 0 : Arrays.stream(ports)
                .filter(p -> Integer.valueOf(5432).equals(p.getPrivatePort()) && p.getPublicPort() != null)
                .mapToInt(ContainerPort::getPublicPort)
                .findFirst()
                .orElse(0);
    }

    /** Removes the container named {@code id}, or whose id starts with it (at least 4 characters). */
    @Override
    public boolean remove(String id) {
        if (daemon.isEmpty() || id.isBlank()) {
            return false;
        }
        for (Container container : Containers.ofRide(daemon.get().client())) {
            if (Containers.name(container).equals(id) || (id.length() >= 4 && container.getId().startsWith(id))) {
                return Containers.remove(daemon.get().client(), container.getId());
            }
        }
        return false;
    }
}

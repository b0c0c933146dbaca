package dev.ride.sandbox.docker;

import java.util.ArrayList;
import java.util.List;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;

/**
 * Removes the containers (and the private networks of topologies) of runs that died without cleaning up ({@code kill -9}, a crash, a power
 * cut): labelled {@code dev.ride=1}, started from this host, their owner process gone. Containers of
 * live runs and of other hosts sharing the daemon are left alone.
 */
public final class DockerReaper {

    private final DockerClient client;

    public DockerReaper(DockerClient client) {
        this.client = client;
    }

    /** @return the names of the containers and networks removed */
    public List<String> reap() {
        List<String> removed = new ArrayList<>();
        for (Container container : Containers.ofRide(client)) {
            if (container.getLabels() != null && !RideLabels.ownerAlive(container.getLabels())
                    && Containers.remove(client, container.getId())) {
                removed.add(Containers.name(container));
            }
        }
        // after the containers: a network with containers left cannot be removed
        for (Network network : DockerNetworks.ofRide(client)) {
            if (network.getLabels() != null && !RideLabels.ownerAlive(network.getLabels())
                    && DockerNetworks.remove(client, network.getId())) {
                removed.add(network.getName());
            }
        }
        return removed;
    }
}

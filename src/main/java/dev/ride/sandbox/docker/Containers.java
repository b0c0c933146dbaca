package dev.ride.sandbox.docker;

import java.util.List;
import java.util.Map;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.ride.sandbox.PortTaken;

/** The Docker calls every part of the engine shares: list ride's containers, remove one, start one on a chosen port. */
final class Containers {

    private Containers() {
    }

    /** Every container labelled {@code dev.ride=1}, running or not. */
    static List<Container> ofRide(DockerClient client) {
        return client.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(RideLabels.RIDE, "1")).exec();
    }

    /**
     * Kills and removes a container with its anonymous volumes. A sandbox holds nothing worth a
     * graceful stop, and with PGDATA on tmpfs this takes about 0.05 s.
     *
     * @return false when it was already gone (or another run is removing it right now)
     */
    /**
     * Starts a container whose host port ride chose: {@link dev.ride.sandbox.PortTaken} when another
     * process took that port between the choice and Docker's bind (the caller picks another).
     */
    static void startOnChosenPort(DockerClient client, String containerId) {
        try {
            client.startContainerCmd(containerId).exec();
        } catch (DockerException e) {
            String why = DockerDaemon.rootMessage(e);
            if (why.contains("port is already allocated") || why.contains("address already in use")) {
                throw new PortTaken(e);
            }
            throw e;
        }
    }

    static boolean remove(DockerClient client, String containerId) {
        try {
            client.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
            return true;
        } catch (NotFoundException | ConflictException gone) {
            return false;
        }
    }

    /** The container's name without Docker's leading slash. */
    static String name(Container container) {
        String[] names = container.getNames();
        return names == null || names.length == 0 ? container.getId() : names[0].replaceFirst("^/", "");
    }
}

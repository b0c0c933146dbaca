package dev.ride.sandbox.docker;

import java.util.List;
import java.util.Map;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Network;

/**
 * The private network of a sandbox of more than one server: a bridge that ride makes and removes,
 * labelled like its containers, on which each server is reached by its name (a network alias).
 */
final class DockerNetworks {

    private DockerNetworks() {
    }

    /** e.g. {@code ride-net-1a2b3c4d}. */
    static String name(String session) {
        return "ride-net-" + session.substring(0, 8);
    }

    static String create(DockerClient client, String name, Map<String, String> labels) {
        return client.createNetworkCmd().withName(name).withDriver("bridge").withCheckDuplicate(true)
                .withLabels(labels).exec().getId();
    }

    /** Joins a running container to the network, reachable there as {@code alias}. */
    static void connect(DockerClient client, String networkId, String containerId, String alias) {
        client.connectToNetworkCmd().withNetworkId(networkId).withContainerId(containerId)
                .withContainerNetwork(new ContainerNetwork().withAliases(alias)).exec();
    }

    /** Every network labelled {@code dev.ride=1}. */
    static List<Network> ofRide(DockerClient client) {
        return client.listNetworksCmd().withFilter("label", List.of(RideLabels.RIDE + "=1")).exec();
    }

    /** @return false when it was already gone, or still has containers (removed with them by the next reaper) */
    static boolean remove(DockerClient client, String networkId) {
        try {
            client.removeNetworkCmd(networkId).exec();
            return true;
        } catch (NotFoundException | ConflictException gone) {
            return false;
        }
    }
}

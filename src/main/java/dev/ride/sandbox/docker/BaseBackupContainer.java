package dev.ride.sandbox.docker;

import java.util.List;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.HostConfig;

import dev.ride.sandbox.SandboxException;

/**
 * The last base backup of a Docker topology: a container of the sandbox's image that ran
 * {@code pg_basebackup} against a server over the sandbox's network and exited, its filesystem
 * keeping the backup at {@link TopologyScripts#BACKUP} until the next backup, a reset or the
 * sandbox's end. Labelled like the sandbox's other containers, so the reaper removes it too.
 */
final class BaseBackupContainer {

    private final DockerClient client;
    private final String label;
    private final String session;
    private final String password;
    private String containerId;

    /** @param label the sandbox's label, @param session its session id, @param password the superuser's */
    BaseBackupContainer(DockerClient client, String label, String session, String password) {
        this.client = client;
        this.label = label;
        this.session = session;
        this.password = password;
    }

    boolean exists() {
        return containerId != null;
    }

    /** Backs up the server reached as {@code host} on the network, replacing the previous backup. */
    void take(String image, String host, boolean withWal) {
        remove();
        containerId = client.createContainerCmd(image)
                .withName("ride-backup-" + session.substring(0, 8))
                .withLabels(RideLabels.forThisProcess(label + "/backup", session))
                .withEnv("RIDE_PASSWORD=" + password)
                .withEntrypoint("sh", "-c", TopologyScripts.baseBackup(host, withWal))
                .withCmd(List.of())
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode(DockerNetworks.name(session)))
                .exec().getId();
        client.startContainerCmd(containerId).exec();
        int status = client.waitContainerCmd(containerId).start().awaitStatusCode();
        if (status != 0) {
            String log = ContainerLog.tail(client, containerId, 10);
            remove();
            throw new SandboxException("The base backup of " + host + " failed: " + log);
        }
    }

    /** Copies the backup into {@code target} (created, not started), where its first start finds it. */
    void copyInto(String target) {
        ContainerFiles.copyDirectory(client, containerId, target, TopologyScripts.BACKUP);
    }

    void remove() {
        if (containerId != null) {
            Containers.remove(client, containerId);
            containerId = null;
        }
    }
}

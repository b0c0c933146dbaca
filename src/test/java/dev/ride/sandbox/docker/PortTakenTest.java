package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.ride.sandbox.PortRetry;
import dev.ride.sandbox.PortTaken;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ride chooses a part's host port, and Docker binds it a moment later: another process can take it
 * in between (a CI run's DockerTopologyIT lost its pooler's port so). Starting such a container says
 * {@link PortTaken}, which sends the topology's start to another port ({@link PortRetry}).
 */
class PortTakenTest {

    @Test
    void aContainerWhosePortAnotherProcessHoldsIsPortTakenAndStartsOnTheNextPort() throws Exception {
        DockerClient client = DockerTests.daemon().client();
        String session = UUID.randomUUID().toString().substring(0, 8);
        try (ServerSocket holder = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String taken = idle(client, "ride-test-port-taken-" + session, holder.getLocalPort());
            try {
                assertThatThrownBy(() -> Containers.startOnChosenPort(client, taken)).isInstanceOf(PortTaken.class);
            } finally {
                Containers.remove(client, taken);
            }
            String free = idle(client, "ride-test-port-free-" + session, PortRetry.freePort());
            try {
                Containers.startOnChosenPort(client, free);
                assertThat(client.inspectContainerCmd(free).exec().getState().getRunning()).isTrue();
            } finally {
                Containers.remove(client, free);
            }
        }
    }

    private static String idle(DockerClient client, String name, int hostPort) {
        ExposedPort exposed = ExposedPort.tcp(5432);
        client.createContainerCmd(DockerTests.image()).withName(name)
                .withLabels(dev.ride.sandbox.docker.RideLabels.forThisProcess("test/port-taken", name))
                .withEntrypoint("sleep", "300").withExposedPorts(exposed)
                .withHostConfig(HostConfig.newHostConfig().withPortBindings(
                        new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", hostPort), exposed)))
                .exec();
        return name;
    }
}

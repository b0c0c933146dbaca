package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Ports;

/** The Docker engine against the real daemon: start, use, close, and what the container looks like. */
class DockerEngineTest {

    @Test
    void startsConnectsRunsPgStatStatementsAndLeavesNoContainerWhenClosed() throws Exception {
        DockerSandbox sandbox = DockerTests.engine().start("test/docker-lifecycle");
        System.out.println("docker start -> first login: " + sandbox.startupTime().toMillis() + " ms");
        DockerClient client = DockerTests.daemon().client();
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select current_setting('server_version_num')::int")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(150000);
            }
            s.execute("create database pgss");
        }
        try (Connection db = sandbox.connect("pgss"); Statement t = db.createStatement()) {
            t.execute("create extension pg_stat_statements");
            t.execute("select 4242 as docker_marker_query");
            try (ResultSet rs = t.executeQuery(
                    "select count(*) from pg_stat_statements where query like '%docker_marker_query%'")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
        }
        assertThat(sandbox.isAlive()).isTrue();
        assertThat(sandbox.engine()).isEqualTo("docker");
        assertThat(sandbox.password()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sandbox.description()).startsWith("docker " + DockerTests.image() + " (");

        sandbox.close();
        sandbox.close(); // idempotent

        assertThatThrownBy(() -> client.inspectContainerCmd(sandbox.containerId()).exec())
                .isInstanceOf(NotFoundException.class);
        assertThat(client.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(RideLabels.SESSION, sandbox.session())).exec()).isEmpty();
        assertThat(sandbox.isAlive()).isFalse();
    }

    @Test
    void publishesPostgresOnLoopbackOnlyWithRideLabelsAndPgdataOnTmpfs() throws Exception {
        try (DockerSandbox sandbox = DockerTests.engine().start("test/docker-shape")) {
            InspectContainerResponse container = DockerTests.daemon().client()
                    .inspectContainerCmd(sandbox.containerId()).exec();

            Ports.Binding[] requested = container.getHostConfig().getPortBindings().getBindings()
                    .get(ContainerSpec.POSTGRES_PORT);
            assertThat(requested).extracting(Ports.Binding::getHostIp).containsOnly("127.0.0.1");
            Map<com.github.dockerjava.api.model.ExposedPort, Ports.Binding[]> published = container.getNetworkSettings().getPorts().getBindings();
            assertThat(published.keySet()).containsOnly(ContainerSpec.POSTGRES_PORT);
            assertThat(published.get(ContainerSpec.POSTGRES_PORT))
                    .extracting(Ports.Binding::getHostIp, Ports.Binding::getHostPortSpec)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple("127.0.0.1", Integer.toString(sandbox.port())));
            for (InetAddress other : nonLoopbackAddresses()) {
                assertThat(refuses(other, sandbox.port())).as("port %d on %s", sandbox.port(), other).isTrue();
            }

            Map<String, String> labels = container.getConfig().getLabels();
            assertThat(labels).containsEntry("dev.ride", "1")
                    .containsEntry("dev.ride.scenario", "test/docker-shape")
                    .containsEntry("dev.ride.session", sandbox.session())
                    .containsEntry("dev.ride.owner-pid", Long.toString(ProcessHandle.current().pid()))
                    .containsEntry("dev.ride.owner-host", RideLabels.thisHost())
                    .containsKey("dev.ride.owner-started");
            assertThat(sandbox.session()).matches("[0-9a-f-]{36}");
            assertThat(container.getName()).isEqualTo("/" + sandbox.containerName());
            assertThat(container.getHostConfig().getTmpFs()).containsKey(ContainerSpec.DEFAULT_PGDATA);

            try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select current_setting('shared_preload_libraries'),"
                         + " current_setting('fsync'), current_setting('password_encryption'),"
                         + " (select count(*) from pg_hba_file_rules where auth_method = 'trust'"
                         + "  and type <> 'local')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("pg_stat_statements");
                assertThat(rs.getString(2)).isEqualTo("off");
                assertThat(rs.getString(3)).isEqualTo("scram-sha-256");
                assertThat(rs.getLong(4)).as("host rules with trust").isZero();
            }
        }
    }

    @Test
    void namesContainersAfterTheLabelAndSession() {
        assertThat(DockerEngine.containerName("stage-1/Seed 000", "1a2b3c4d-0000")).isEqualTo("ride-stage-1-seed-000-1a2b3c4d");
        assertThat(DockerEngine.containerName("///", "1a2b3c4d-0000")).isEqualTo("ride-1a2b3c4d");
        assertThat(DockerEngine.containerName("x".repeat(90), "1a2b3c4d-0000")).hasSize(5 + 40 + 1 + 8);
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .toList();
    }

    private static boolean refuses(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return false;
        } catch (ConnectException refused) {
            return true;
        }
    }
}

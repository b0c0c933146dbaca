package dev.ride.sandbox.docker;

import static dev.ride.testing.EndpointSql.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.Image;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.OperatorAction;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.Topology;
import dev.ride.sandbox.TopologyContract;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.testing.AppState;

/**
 * {@link TopologyContract} on the docker engine and the real daemon (containers of the offline
 * image on a network of their own), and what only this engine shows: ports published on loopback
 * only, the network, the standby's own server log, the refusals only it makes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerTopologyIT extends TopologyContract {

    private final String label = "test/topology-" + UUID.randomUUID().toString().substring(0, 8);
    private DockerClient client;

    @BeforeAll
    void connect() {
        client = DockerTests.daemon().client();
    }

    @AfterAll
    void removePreparedImages() {
        PreparedImages images = new PreparedImages(client);
        for (Image image : images.ofScenario(label)) {
            images.remove(image.getId());
        }
    }

    @Override
    protected DockerTopology start(Topology topology) {
        return DockerTests.engine().start(label, AppState.APP, topology);
    }

    /**
     * The server's log once it holds {@code text}, or as it is after 10 s: the logging collector
     * writes what the postmaster logged a moment later (a gate run read the log before its reload line).
     */
    private static String logOnceItHas(Endpoint server, String text) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        String log = query(server, "postgres", "select pg_read_file(pg_current_logfile())");
        while (!log.contains(text) && System.nanoTime() - deadline < 0) {
            Thread.sleep(100);
            log = query(server, "postgres", "select pg_read_file(pg_current_logfile())");
        }
        return log;
    }

    /** One container per part, published on 127.0.0.1 only, all on the sandbox's network; each server's log its own. */
    @Override
    protected void checkTheEnginesOwnParts(TopologySandbox sandbox) throws Exception {
        DockerTopology t = (DockerTopology) sandbox;
        assertThat(containersOf(t)).hasSize(t.endpoints().size()).allSatisfy(c -> assertThat(c.getPorts())
                .filteredOn(port -> port.getPublicPort() != null)
                .extracting(ContainerPort::getIp).as("published on loopback only").containsOnly("127.0.0.1"));
        assertThat(client.inspectNetworkCmd().withNetworkId(DockerNetworks.name(t.session())).exec().getContainers())
                .hasSize(t.endpoints().size());
        Endpoint primary = t.endpoint("primary").orElseThrow();
        Endpoint standby = t.endpoint("standby").orElseThrow();
        assertThat(query(standby, "postgres", "select pg_read_file(pg_current_logfile())").lines().findFirst().orElse(""))
                .as("the standby's log is its own, not the primary's").contains("starting PostgreSQL");
        assertThat(t.act(OperatorAction.RELOAD_CONFIG, "primary")).isEqualTo("primary re-read its configuration.");
        assertThat(logOnceItHas(primary, "received SIGHUP"))
                .as("a reload leaves no complaint in the learner's log").contains("received SIGHUP")
                .doesNotContain("contains errors").doesNotContain("cannot be changed")
                .as("no standby came before the primary had its replication line and slots")
                .doesNotContain("no pg_hba.conf entry").doesNotContain("replication slot");
        assertThat(query(standby, "postgres", "select pg_read_file(pg_current_logfile())"))
                .as("the standby never tried a primary still starting").doesNotContain("could not connect");
        assertThat(query(standby, "postgres", "show primary_conninfo")).contains("host=primary").doesNotContain(t.password());
        assertThat(query(primary, "postgres", "select count(*)::text from pg_replication_slots where slot_name like 'ride%'"))
                .as("the catch-up's temporary slots went with their session").isEqualTo("0");
    }

    /** Every container (the base backup's included) and the network removed. */
    @Override
    protected AfterClose nothingLeftOf(TopologySandbox sandbox) {
        DockerTopology t = (DockerTopology) sandbox;
        String session = t.session();
        assertThat(containersOf(t)).extracting(c -> c.getNames()[0]).as("the parts and the backup's")
                .hasSize(t.endpoints().size() + 1).anyMatch(name -> name.startsWith("/ride-backup-"));
        return () -> {
            assertThat(client.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(RideLabels.SESSION, session)).exec()).as("containers after close").isEmpty();
            assertThat(client.listNetworksCmd().withNameFilter(DockerNetworks.name(session)).exec()).as("network after close")
                    .isEmpty();
        };
    }

    /** Docker names a start of a running server, and any action but reload-config on the pooler. */
    @Override
    protected void checkRefusalsOnlyThisEngineMakes(TopologySandbox t) {
        assertThatThrownBy(() -> t.act(OperatorAction.START_SERVER, "standby"))
                .isInstanceOf(SandboxException.class).hasMessage("standby is running already.");
        assertThatThrownBy(() -> t.act(OperatorAction.STOP_SERVER, "pooler"))
                .isInstanceOf(SandboxException.class).hasMessage("stop-server acts on a server; pooler is the pooler.");
    }

    /** Every container of the topology, running or not. */
    private List<Container> containersOf(DockerTopology topology) {
        return client.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(RideLabels.SESSION, topology.session())).exec();
    }
}

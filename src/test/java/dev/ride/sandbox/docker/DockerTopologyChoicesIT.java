package dev.ride.sandbox.docker;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import com.github.dockerjava.api.model.Image;

import dev.ride.sandbox.Topology;
import dev.ride.sandbox.TopologyChoicesContract;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.testing.AppState;

/**
 * {@link TopologyChoicesContract} on the docker engine and the real daemon: pgbouncer.ini and
 * pg_hba.conf rewritten inside the containers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerTopologyChoicesIT extends TopologyChoicesContract {

    private final String label = "test/topology-choices-" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    protected TopologySandbox start(Topology topology) {
        return DockerTests.engine().start(label, AppState.APP, topology);
    }

    @AfterAll
    void removePreparedImages() {
        PreparedImages images = new PreparedImages(DockerTests.daemon().client());
        for (Image image : images.ofScenario(label)) {
            images.remove(image.getId());
        }
    }
}

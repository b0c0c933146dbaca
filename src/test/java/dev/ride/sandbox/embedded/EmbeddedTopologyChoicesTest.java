package dev.ride.sandbox.embedded;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.Topology;
import dev.ride.sandbox.TopologyChoicesContract;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.testing.AppState;

/** {@link TopologyChoicesContract} on the embedded engine: the host's PgBouncer, pg_hba.conf in the data directory. */
class EmbeddedTopologyChoicesTest extends TopologyChoicesContract {

    @TempDir
    Path cache;

    @Override
    protected TopologySandbox start(Topology topology) {
        return new EmbeddedEngine().withPreparedCache(cache).start("test/topology-choices", AppState.APP, topology);
    }
}

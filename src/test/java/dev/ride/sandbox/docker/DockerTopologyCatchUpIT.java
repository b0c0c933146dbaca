package dev.ride.sandbox.docker;

import static dev.ride.testing.EndpointSql.awaitRow;
import static dev.ride.testing.EndpointSql.execute;
import static dev.ride.testing.EndpointSql.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.github.dockerjava.api.model.Image;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.Topology;
import dev.ride.testing.AppState;

/**
 * A Docker standby is made from the prepared image and streams from where the image's WAL ends:
 * it needs the primary's segment of that WAL when it connects. Here the primary is busy between
 * its start and the standby's first connection (several segments of WAL, each followed by a
 * checkpoint, which removes the segments behind it), and the standby, which has no slot of its
 * own, still catches up, on a first run (the installing container) and a warm one: the catch-up
 * slot held the segment, and is gone once the standby streams. Real daemon, real servers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerTopologyCatchUpIT {

    private static final Topology PLAIN_STANDBY = new Topology("primary", List.of(Topology.Standby.plain("standby")),
            Optional.empty());

    private final String label = "test/catch-up-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterAll
    void removePreparedImages() {
        PreparedImages images = new PreparedImages(DockerTests.daemon().client());
        for (Image image : images.ofScenario(label)) {
            images.remove(image.getId());
        }
    }

    @Test
    void aStandbyWithoutASlotCatchesUpAfterThePrimaryMovedSegmentsAndCheckpointedBeforeItConnected() throws Exception {
        // the first run installs and commits the state; the second starts warm from that image
        for (String run : List.of("first", "warm")) {
            List<String> removed = new java.util.ArrayList<>();
            try (DockerTopology t = DockerTests.engine().start(label, AppState.APP, PLAIN_STANDBY,
                    primary -> removed.add(crossSegmentsAndCheckpoint(primary)))) {
                Endpoint primary = t.endpoint("primary").orElseThrow();
                Endpoint standby = t.endpoint("standby").orElseThrow();

                assertThat(removed).as("the %s run's primary moved on", run).hasSize(1);
                assertThat(query(primary, "postgres", "select pg_walfile_name(pg_current_wal_lsn()) > '" + removed.get(0) + "'"))
                        .as("%s: the primary is segments past where the standby starts", run).isEqualTo("t");
                assertThat(query(standby, "postgres", "select status from pg_stat_wal_receiver")).isEqualTo("streaming");
                assertThat(query(primary, "postgres", "select count(*)::text from pg_replication_slots"))
                        .as("%s: the catch-up slot is gone once the standby streams", run).isEqualTo("0");
                execute(primary, "app", "insert into orders values (2, 'after the catch-up')");
                awaitRow(standby, 2);
            }
        }
    }

    /**
     * Six segments of WAL, each switched and checkpointed (1 MB segments, max_wal_size 8 MB): the
     * segment the primary started in is behind its last checkpoint. Returns that segment's name.
     */
    private static String crossSegmentsAndCheckpoint(Endpoint primary) {
        try (Connection c = primary.connect("postgres"); Statement s = c.createStatement()) {
            String first;
            try (var rs = s.executeQuery("select pg_walfile_name(pg_current_wal_lsn())")) {
                rs.next();
                first = rs.getString(1);
            }
            s.execute("create table if not exists ride_test_wal (filler text)");
            for (int i = 0; i < 6; i++) {
                s.execute("insert into ride_test_wal select repeat('x', 500) from generate_series(1, 1000)");
                s.execute("select pg_switch_wal()");
                s.execute("checkpoint");
            }
            return first;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}

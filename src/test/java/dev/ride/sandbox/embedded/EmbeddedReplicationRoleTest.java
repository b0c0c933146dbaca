package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.ServerLogFile;
import dev.ride.sandbox.Topology;
import dev.ride.sandbox.TopologySandbox;

/**
 * A standby with a {@code replication_role} streams as that role, with the run's password, so a
 * scenario can break the standby's own login (stage-04/05): NOLOGIN and the end of its walsender
 * stop the streaming, the standby's log says why, and LOGIN brings it back without a restart.
 */
class EmbeddedReplicationRoleTest {

    private static final PreparedState WITH_REPLICATOR = new PreparedState("test-replication-role", sandbox -> {
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE replicator REPLICATION LOGIN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    });

    @TempDir
    Path cache;

    @Test
    void theStandbyStreamsAsItsRoleAndStopsWhenTheRoleCannotLogIn() throws Exception {
        Topology topology = new Topology("primary",
                List.of(new Topology.Standby("standby", true, false, false, Duration.ZERO, false, "replicator")),
                Optional.empty());
        try (TopologySandbox t = new EmbeddedEngine().withPreparedCache(cache).start("test/replication-role", WITH_REPLICATOR, topology);
             Connection primary = t.endpoint("primary").orElseThrow().connect("postgres");
             Statement s = primary.createStatement()) {
            assertThat(await(s, "SELECT usename FROM pg_stat_replication WHERE application_name = 'standby' AND state = 'streaming'"))
                    .isEqualTo("replicator");
            assertThat(value(s, "SELECT rolsuper::text FROM pg_roles WHERE rolname = 'replicator'")).isEqualTo("false");

            s.execute("ALTER ROLE replicator NOLOGIN");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_replication");
            try (Connection standby = t.endpoint("standby").orElseThrow().connect("postgres"); Statement q = standby.createStatement()) {
                String refused = await(q, "SELECT 'refused' WHERE pg_read_file(pg_current_logfile())"
                        + " LIKE '%role \"replicator\" is not permitted to log in%'");
                assertThat(refused).isEqualTo("refused");
                assertThat(value(s, "SELECT count(*)::text FROM pg_stat_replication")).isEqualTo("0");
            }
            // what :log shows on the standby (the shell's server): the standby's own log, not the primary's
            try (ServerLogFile log = ServerLogFile.open(t.endpoint("standby").orElseThrow()::connect, "postgres")) {
                String lines = String.join("\n", log.lastLines((ServerLogFile.At) log.where(), 200));
                assertThat(lines).contains("could not connect to the primary server")
                        .contains("role \"replicator\" is not permitted to log in");
            }

            s.execute("ALTER ROLE replicator LOGIN");
            assertThat(await(s, "SELECT usename FROM pg_stat_replication WHERE state = 'streaming'")).isEqualTo("replicator");
        }
    }

    private static String value(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The query's first value once it has a row; a standby retries its primary every 5 s (wal_retrieve_retry_interval). */
    private static String await(Statement s, String sql) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String v = value(s, sql);
            if (v != null || System.nanoTime() > deadline) {
                return v;
            }
            Thread.sleep(100);
        }
    }
}

package dev.ride.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.OperatorAction;
import dev.ride.sandbox.Topology;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.sandbox.embedded.EmbeddedEngine;
import dev.ride.testing.AppState;

/**
 * {@code :log SERVER} in a sandbox of two real servers: the primary's log by default, a standby's
 * by name, and the log of a server that is down read from its data directory, where the
 * immediate shutdown that stopped it is the last thing it wrote.
 */
class ServerLogOfATopologyTest {

    private static final Topology PRIMARY_AND_STANDBY = new Topology("primary",
            List.of(new Topology.Standby("standby", false, false, false, Duration.ZERO, false)), Optional.empty());

    @TempDir
    Path cache;

    private static String run(TopologySandbox sandbox, String arguments) {
        StringWriter text = new StringWriter();
        new ServerLog(() -> sandbox, () -> false, () -> false).run(arguments, "app", new PrintWriter(text, true));
        return text.toString();
    }

    private static void failIn(Connection c, String marker) {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT 1/0 AS " + marker);
        } catch (SQLException expected) {
            // the error is what the log should show
        }
    }

    @Test
    void eachServersLogByNameAndADownServersFromItsFiles() throws Exception {
        try (TopologySandbox t = new EmbeddedEngine().withPreparedCache(cache).start("test/log-of-topology", AppState.APP,
                PRIMARY_AND_STANDBY)) {
            try (Connection primary = t.endpoint("primary").orElseThrow().connect("app");
                 Connection standby = t.endpoint("standby").orElseThrow().connect("app")) {
                failIn(primary, "on_the_primary");
                failIn(standby, "on_the_standby");
            }
            Thread.sleep(300); // the logging collector writes the lines a moment later

            assertThat(run(t, "2")).as("the primary's by default").contains("on_the_primary").doesNotContain("on_the_standby");
            assertThat(run(t, "primary 2")).contains("on_the_primary");
            assertThat(run(t, "standby 2")).contains("on_the_standby").doesNotContain("on_the_primary");
            assertThat(run(t, "replica")).isEqualTo("No server named 'replica': this sandbox has primary, standby.\n");
            assertThat(run(t, "pooler")).as("no pooler in this topology: just another name").startsWith("No server named 'pooler'");
            assertThat(run(t, "5 standby")).startsWith("usage: :log [SERVER] [N] [--follow]");

            t.act(OperatorAction.STOP_SERVER, "primary");
            String down = awaitContaining(t, "database system is shut down");
            assertThat(down).startsWith("primary is not running; the end of its log file, log/postgresql.log in its data directory:\n")
                    .contains("LOG:  received immediate shutdown request");
            assertThat(down.lines()).as("the title and at most the lines asked for").hasSizeLessThanOrEqualTo(1 + 20);
            assertThat(run(t, "primary 1").lines()).hasSize(2);
            assertThat(run(t, "standby 50")).as("a running server is still read over SQL").contains("on_the_standby");

            t.act(OperatorAction.START_SERVER, "primary");
            assertThat(run(t, "primary 50")).as("the same file, appended to by the next start")
                    .contains("received immediate shutdown request").contains("database system was interrupted");
        }
    }

    /** The collector writes the postmaster's last lines as it exits, a moment after the postmaster. */
    private static String awaitContaining(TopologySandbox t, String text) throws InterruptedException {
        String shown = "";
        for (int i = 0; i < 100 && !shown.contains(text); i++) {
            shown = run(t, "primary");
            Thread.sleep(100);
        }
        return shown;
    }
}

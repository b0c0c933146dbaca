package dev.ride.drill;

import static dev.ride.testing.EndpointSql.execute;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.Topology;
import dev.ride.sandbox.embedded.EmbeddedEngine;
import dev.ride.sandbox.embedded.EmbeddedTopology;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.shell.ConnectTarget;
import dev.ride.testing.AppState;

/**
 * {@code :log} in a drill of two servers reads the log of the server the shell is on: a learner on
 * a standby sees the standby's own errors (an application's failing statement there), which the
 * primary's log never holds.
 */
class ServerLogOnAStandbyTest {

    @TempDir
    Path cache;

    @Test
    void theShellOnTheStandbyReadsTheStandbysLogAndOnThePrimaryThePrimarys() throws Exception {
        Topology topology = new Topology("primary", List.of(Topology.Standby.plain("standby")), Optional.empty());
        try (EmbeddedTopology sandbox = new EmbeddedEngine().withPreparedCache(cache).start("test/log-on-standby",
                AppState.APP, topology)) {
            Endpoint primary = sandbox.endpoint("primary").orElseThrow();
            Endpoint standby = sandbox.endpoint("standby").orElseThrow();
            failOn(standby, "only_in_the_standbys_log");
            failOn(primary, "only_in_the_primarys_log");
            Thread.sleep(300); // the logging collector writes on its own time
            Drill drill = new Drill(ScenarioCatalog.scan(Path.of("scenarios"))
                    .require("stage-04/01-replica-lag-stopped-replica"), sandbox, new DrillClock(null), false);

            String onStandby = log(drill, new ConnectTarget("app", sandbox.user(), "standby", String.valueOf(standby.port())));
            assertThat(onStandby).contains("only_in_the_standbys_log").doesNotContain("only_in_the_primarys_log");

            String onPrimary = log(drill, new ConnectTarget("app", sandbox.user(), "primary", String.valueOf(primary.port())));
            assertThat(onPrimary).contains("only_in_the_primarys_log").doesNotContain("only_in_the_standbys_log");

            // a caller that does not say where the shell is gets the primary's, as before
            StringWriter text = new StringWriter();
            drill.colonCommand(":log 200", "app", new PrintWriter(text, true));
            assertThat(text.toString()).contains("only_in_the_primarys_log");
        }
    }

    private static void failOn(Endpoint server, String marker) {
        try {
            execute(server, "app", "select 1/0 as " + marker);
        } catch (RuntimeException | SQLException expected) {
            // the error is what the log should show
        }
    }

    private static String log(Drill drill, ConnectTarget where) {
        StringWriter text = new StringWriter();
        drill.colonCommand(":log 200", where, "app", new PrintWriter(text, true));
        return text.toString();
    }
}

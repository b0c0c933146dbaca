package dev.ride.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import dev.ride.sandbox.Sandbox;
import dev.ride.scenario.SeedScenario;
import org.junit.jupiter.api.Test;

/** What pg_stat_statements holds of the learner, on a real server (the seed's sandbox). */
class StatementHistoryTest {

    @Test
    void ridesOwnSettingOfTrackingIsNotTheLearnersLookAtPgStatStatements() throws Exception {
        Sandbox sandbox = SeedScenario.fresh(); // shared by the test JVM: not closed here
        try (Connection c = sandbox.connect("tenant_a"); Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
            s.execute("SET pg_stat_statements.track_utility = off"); // as ride's housekeeping does
            s.execute("SET pg_stat_statements.track_utility = on");
            s.execute("SET pg_stat_statements.track = 'none'");
            s.execute("SET pg_stat_statements.track = 'top'");
            s.execute("select count(*) from orders /* the learner's own */");

            List<String> seen = StatementHistory.read(c, Set.of());
            assertThat(seen).anyMatch(q -> q.contains("the learner's own"))
                    .noneMatch(q -> q.toLowerCase().startsWith("set pg_stat_statements.track"));
        }
    }
}

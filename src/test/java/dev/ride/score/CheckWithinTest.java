package dev.ride.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.Sandbox;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioException;
import dev.ride.scenario.ScenarioLoader;
import dev.ride.scenario.Section;
import dev.ride.scenario.TinyScenario;
import dev.ride.testing.TestSandboxes;

/**
 * A check's {@code within} on its sql: its sql is asked again until it holds, within the bound from the
 * start of judging (a standby that reconnects by itself a few seconds after the fix), and a query
 * that never holds still fails once the bound has passed.
 */
class CheckWithinTest {

    @TempDir
    Path dir;

    private Scenario scenario(String db, String fixChecks) throws Exception {
        Path folder = TinyScenario.write(dir, "scenario", List.of(db), "CREATE TABLE flag (ok boolean);\n", fixChecks);
        return ScenarioLoader.load(folder, "stage-00/sql-within");
    }

    @Test
    void aQueryThatComesTrueWithinTheBoundPassesOneThatNeverDoesFails() throws Exception {
        String db = TestSandboxes.newDatabase("sql_within");
        Sandbox sandbox = TestSandboxes.shared();
        try (Connection c = sandbox.connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE flag (ok boolean)");
        }
        Scenario scenario = scenario(db, """
                - id: settles
                  title: The flag is raised
                  points: 10
                  sql: SELECT EXISTS (SELECT FROM flag)
                  within: 30s
                - id: never
                  title: Never
                  points: 5
                  sql: SELECT false
                  within: 1s
                """);
        // the row arrives two seconds after :submit begins, after the scorer's first read
        CompletableFuture<Void> raised = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(2000);
                try (Connection c = sandbox.connect(db); Statement s = c.createStatement()) {
                    s.execute("INSERT INTO flag VALUES (true)");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        ScoreCard card = new Scorer().score(scenario, sandbox, List.of(), 1);
        raised.join();

        assertThat(card.section(Section.FIX).checks())
                .extracting(CheckResult::id, CheckResult::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("settles", true), org.assertj.core.groups.Tuple.tuple("never", false));
    }

    @Test
    void withinNeedsSqlOrAnActorAndABound() throws Exception {
        assertThatThrownBy(() -> scenario("one", """
                - id: ranonly
                  title: R
                  points: 5
                  ran: select
                  within: 5s
                """)).isInstanceOf(ScenarioException.class).hasMessageContaining("check 'ranonly' has neither");
        assertThatThrownBy(() -> scenario("one", """
                - id: forever
                  title: F
                  points: 5
                  sql: select true
                  within: 5m
                """)).isInstanceOf(ScenarioException.class).hasMessageContaining("within is at most 60s");
    }
}

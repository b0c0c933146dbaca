package dev.ride.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioLoader;
import dev.ride.scenario.Section;
import dev.ride.scenario.TinyScenario;
import dev.ride.testing.TestSandboxes;

/**
 * A check query that runs past the scorer's 5 s statement_timeout (a whole-table amcheck on a
 * loaded machine) gets one more run with room, and its answer counts: the machine's load must not
 * fail a learner. A check that does not hold still fails, after its one run.
 */
class SlowCheckTest {

    @TempDir
    Path dir;

    @Test
    void aCheckCutOffByTheStatementTimeoutRunsOnceMoreAndCounts() throws Exception {
        String db = TestSandboxes.newDatabase("slow_check");
        Path folder = TinyScenario.write(dir, "scenario", List.of(db), "SELECT 1;\n", """
                - id: slow-but-true
                  title: Takes longer than the statement timeout
                  points: 10
                  sql: SELECT pg_sleep(5.2) IS NOT NULL
                - id: quick-and-false
                  title: Does not hold
                  points: 5
                  sql: SELECT false
                """);
        Scenario scenario = ScenarioLoader.load(folder, "stage-00/slow-check");

        ScoreCard card = new Scorer().score(scenario, TestSandboxes.shared(), List.of(), 1);

        assertThat(card.section(Section.FIX).checks())
                .extracting(CheckResult::id, CheckResult::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("slow-but-true", true),
                        org.assertj.core.groups.Tuple.tuple("quick-and-false", false));
    }
}

package dev.ride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ride.drill.ProgressLog.Attempt;
import dev.ride.scenario.LearningPath;
import dev.ride.scenario.ScenarioCatalog;

/** {@code ride paths}: progress per path from the learner's best attempts, fitted to the width. */
class PathsCommandTest {

    private static final ScenarioCatalog CATALOG = ScenarioCatalog.scan(Path.of("scenarios"));
    private static final LearningPath PATH = new LearningPath("on-call", "On call", "A walk through the pages of a week"
            + " on call, from the slow query to the full disk, each drill asking you to look first.",
            List.of("stage-01/01-missing-index", "stage-02/01-blocking-transaction", "stage-99/01-gone"), Path.of("on-call.yaml"));

    private static Attempt attempt(String scenario, int fix, int score) {
        return new Attempt(scenario, Instant.parse("2026-12-01T10:00:00Z"), score, 100, 30, fix, 0, 300, 0, score, 1);
    }

    @Test
    void aScenarioIsDoneOnceASubmitEarnedFixPointsAndEveryLineFits() {
        Map<String, Attempt> best = Map.of("stage-01/01-missing-index", attempt("stage-01/01-missing-index", 40, 85),
                "stage-02/01-blocking-transaction", attempt("stage-02/01-blocking-transaction", 0, 30));
        StringWriter text = new StringWriter();

        PathsCommand.print(new PrintWriter(text, true), List.of(PATH), best, CATALOG, 40);

        String out = text.toString();
        assertThat(out).startsWith("on-call  1/3 done  On call\n")
                .contains("   1. stage-01/01-missing-index\n      best 85/100  done\n")
                .contains("   2. stage-02/01-blocking-transaction\n      best 30/100\n")
                .contains("   3. stage-99/01-gone\n      (not in this catalog)\n");
        assertThat(out.lines()).allMatch(line -> line.length() <= 40);
    }
}

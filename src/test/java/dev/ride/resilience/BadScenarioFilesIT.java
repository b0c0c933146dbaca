package dev.ride.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.e2e.RideProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken scenario folders (src/test/resources/bad-scenarios/broken/), each started
 * through the real entry point: a non-zero exit and one line naming the file, the line and the
 * reason, before the learner gets a shell. The loader's own unit tests cover more cases; these
 * prove the message reaches the terminal intact.
 */
class BadScenarioFilesIT {

    private static final Path CORPUS = RideProcess.projectDir().resolve("src/test/resources/bad-scenarios");

    static Stream<Arguments> corpus() {
        return Stream.of(
                // case folder, file (relative to the case), line, a piece of the reason
                Arguments.of("unknown-key", "scenario.yaml", 5, "unknown key 'colour'"),
                Arguments.of("missing-title", "scenario.yaml", 1, "missing required key 'title'"),
                Arguments.of("format-three", "scenario.yaml", 1, "unsupported format 3"),
                Arguments.of("bad-actor", "scenario.yaml", 27, "is not a rate"),
                Arguments.of("actors-in-format-one", "scenario.yaml", 22, "actors: need format 2"),
                Arguments.of("bad-duration", "scenario.yaml", 5, "'5 minutes' is not a duration"),
                Arguments.of("bad-database-name", "scenario.yaml", 6, "must be a lower-case identifier"),
                Arguments.of("reserved-database", "scenario.yaml", 6, "'postgres' is reserved"),
                Arguments.of("start-database-not-listed", "scenario.yaml", 7, "start_database 'other'"),
                Arguments.of("missing-setup-file", "scenario.yaml", 9, "'setup/nope.sql' not found"),
                Arguments.of("setup-outside-folder", "scenario.yaml", 9, "must be inside the scenario folder"),
                Arguments.of("no-hints", "scenario.yaml", 12, "at least one hint"),
                Arguments.of("no-fix-check", "scenario.yaml", 16, "the fix section needs at least one check"),
                Arguments.of("zero-points", "scenario.yaml", 20, "points must be greater than 0"),
                Arguments.of("duplicate-check-id", "scenario.yaml", 22, "check id 'fixed' is already used at line 18"),
                Arguments.of("invalid-regex", "scenario.yaml", 21, "bad regex"),
                Arguments.of("check-without-condition", "scenario.yaml", 18, "has no condition"),
                Arguments.of("check-in-unknown-database", "scenario.yaml", 21, "'nowhere'"),
                Arguments.of("wrong-type-databases", "scenario.yaml", 6, "expected a text value or a list"),
                Arguments.of("yaml-syntax-error", "scenario.yaml", 3, "flow sequence"),
                Arguments.of("tab-indentation", "scenario.yaml", 12, "scanning for the next token"),
                Arguments.of("empty-manifest", "scenario.yaml", 1, "expected a mapping"),
                // found only when the setup runs on a real sandbox: the SQL file's own line
                Arguments.of("setup-sql-error", "setup/schema.sql", 2, "syntax error at or near \"tabel\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rejectedWithFileLineAndReason(String folder, String file, int line, String reason) throws Exception {
        Path caseDir = CORPUS.resolve("broken").resolve(folder);
        assertThat(caseDir.resolve(file)).exists();
        RideProcess.Result r = RideProcess.run("select 1;\n", List.of("RIDE_SCENARIOS=" + CORPUS),
                "postgres", "start", "broken/" + folder, "--engine", "embedded");

        assertThat(r.exitCode()).as("exit code; stderr:\n%s", r.stderr()).isNotZero();
        List<String> lines = r.stderr().lines().filter(l -> !l.isBlank()).toList();
        List<String> located = lines.stream().filter(l -> l.contains(caseDir.resolve(file) + ":" + line + ":")).toList();
        assertThat(located).as("a line naming %s:%d in stderr:\n%s", file, line, r.stderr()).hasSize(1);
        assertThat(located.get(0)).contains(reason).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.stderr()).doesNotContain("\tat ");
        // no shell ran: the statement on stdin never reached a server
        assertThat(r.stdout()).doesNotContain("?column?");
        // and a server started meanwhile (the sandbox starts while the manifest is read) is gone
        // with all its children: a gate run once found an orphaned autovacuum launcher here
        assertThat(Leftovers.processesWorkingIn(r.pid())).as("processes left in the run's sandboxes").isEmpty();
        assertThat(Leftovers.sandboxDirs(r.pid())).as("sandbox directories left by the run").isEmpty();
    }
}

package dev.ride.shell;

import dev.ride.sandbox.Sandbox;
import dev.ride.shell.print.Utf8Output;
import dev.ride.testing.TestSandboxes;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The oracle test: every input under {@code golden/cases/} is run through real psql 15
 * ({@code psql -X -d URL < input}) and through {@link ScriptShell}, each on a fresh copy of the
 * same database; stdout, stderr and the exit status must be identical byte for byte, apart from
 * these normalisations, each for something that is necessarily different between two runs:
 * <ul>
 *   <li>the measured time of {@code \timing} ({@code Time: 0.123 ms} becomes {@code Time: X ms});</li>
 *   <li>the wall-clock time in {@code \watch}'s title line (the runs happen at different moments);</li>
 *   <li>the line ride adds under {@code \conninfo} (the connection string for the learner's own
 *       tools, which psql does not print) is dropped; psql's own line must still be identical.</li>
 * </ul>
 *
 * <p>In the inputs, {@code @DIR@} stands for a directory holding {@code included.sql} and
 * {@code data.tsv}, {@code @DB@} for the case's database, {@code @SEED@} for the setup folder of the
 * seed scenario, and {@code @OUT@} for a file that {@code \o} or {@code \copy} may write: its
 * content after the run is appended to stdout, so it is compared too. psql must be installed: the
 * test fails (never skips) without it, as CI installs it.
 */
class PsqlGoldenTest {

    private static final String PSQL = SideBySide.PSQL;

    private static Sandbox sandbox;
    private static String template;

    @TempDir
    static Path workDir;

    private static final Path SEED = Path.of("scenarios/stage-09/08-migration-applied-to-one-tenant-only/setup");

    @BeforeAll
    static void prepareTemplate() throws Exception {
        assertThat(Files.isExecutable(Path.of(PSQL)))
                .as("psql 15 is the oracle of this test and must be installed at " + PSQL
                        + " (.ci/run installs postgresql-client)")
                .isTrue();
        sandbox = TestSandboxes.shared();
        template = TestSandboxes.newDatabase("golden_fixture");
        try (Connection c = sandbox.connect(template); Statement s = c.createStatement()) {
            s.execute(resource("golden/fixture.sql"));
        }
        Files.writeString(workDir.resolve("included.sql"), resource("golden/included.sql"));
        Files.writeString(workDir.resolve("data.tsv"), "1\tfrom file\n2\t\\N\n3\ttab\\there\n");
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        URL dir = PsqlGoldenTest.class.getResource("golden/cases");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            // -Dgolden.cases=REGEX runs a subset while working on the shell
            String only = System.getProperty("golden.cases", ".*");
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .filter(n -> n.matches(only)).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rideMatchesPsql(String caseFile) throws Exception {
        String database = "golden_" + caseFile.substring(0, caseFile.indexOf('_'));
        String input = resource("golden/cases/" + caseFile)
                .replace("@DIR@", workDir.toString())
                .replace("@DB@", database)
                .replace("@SEED@", SEED.toAbsolutePath().toString())
                .replace("@OUT@", workDir.resolve("out.txt").toString());

        Run psql = withFreshDatabase(database, () -> withOutFile(runPsql(database, input)));
        Run ride = withFreshDatabase(database, () -> assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> withOutFile(runRide(database, input)).withoutConnectionString()));

        assertThat(ride.stdout()).as("stdout of " + caseFile).isEqualTo(psql.stdout());
        assertThat(ride.stderr()).as("stderr of " + caseFile).isEqualTo(psql.stderr());
        assertThat(ride.exitCode()).as("exit status of " + caseFile).isEqualTo(psql.exitCode());
    }

    record Run(String stdout, String stderr, int exitCode) {
        Run masked() {
            return new Run(maskTimes(stdout), maskTimes(stderr), exitCode);
        }

        private static String maskTimes(String text) {
            return text.replaceAll("(?m)^Time: [0-9.]+ ms.*$", "Time: X ms")
                    .replaceAll("(?m)^(.*?)[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]{4}"
                            + " \\(every ", "$1WATCH-TIME (every ");
        }

        /** ride prints its connection string under psql's \\conninfo line; psql does not. */
        Run withoutConnectionString() {
            return new Run(stdout.replaceAll("(?m)^(You are connected to database .*\n).*\n", "$1"), stderr,
                    exitCode);
        }
    }

    private interface RunAction {
        Run run() throws Exception;
    }

    private static Run withFreshDatabase(String database, RunAction action) throws Exception {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        execute("CREATE DATABASE " + database + " TEMPLATE " + template);
        try {
            return action.run().masked();
        } finally {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Appends what the run wrote to {@code @OUT@} (and removes it for the next run). */
    private static Run withOutFile(Run run) throws IOException {
        Path file = workDir.resolve("out.txt");
        if (!Files.exists(file)) {
            return run;
        }
        String content = Files.readString(file);
        Files.delete(file);
        return new Run(run.stdout() + "---- @OUT@ ----\n" + content, run.stderr(), run.exitCode());
    }

    private static Run runPsql(String database, String input) throws Exception {
        SideBySide.Run run = SideBySide.psql(sandbox, workDir, database, input);
        return new Run(run.stdout(), run.stderr(), run.exitCode());
    }

    private static Run runRide(String database, String input) throws Exception {
        SideBySide.Run run = SideBySide.ride(sandbox, database, input);
        return new Run(run.stdout(), run.stderr(), run.exitCode());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PsqlGoldenTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

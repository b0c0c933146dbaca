package dev.ride.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * psql fidelity, measured by PostgreSQL 15's own psql regression test: scripts/psql-regress/run.sh
 * runs psql.sql and psql_crosstab.sql through the packaged {@code ride psql} as pg_regress runs
 * psql, on a fresh PostgreSQL 15 started on 127.0.0.1, and counts the expected lines that are
 * identical. The test fails when a file falls below its bar, so a change that loses fidelity shows.
 * The files are PostgreSQL's and not in the repository (run.sh says where it looks); without them,
 * or without PostgreSQL 15's server binaries, the test is skipped with one message, and fails in CI.
 */
class PsqlRegressIT {

    /** The identical lines each file must keep (raise them as the shell gains features). */
    private static final Map<String, Integer> BARS = Map.of("psql", 6400, "psql_crosstab", 216);

    private static final Pattern FIGURE = Pattern.compile("^(\\S+): (\\d+) of (\\d+) lines identical", Pattern.MULTILINE);

    @Test
    void theRegressionTestKeepsItsIdenticalLines() throws IOException, InterruptedException {
        Path script = RideProcess.projectDir().resolve("scripts/psql-regress/run.sh");
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString());
        pb.environment().put("RIDE_PSQL_CLIENT", "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "
                + RideProcess.jar() + " psql");
        Path log = Files.createTempFile("psql-regress", ".txt");
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        Process process = pb.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("run.sh did not finish in 15 minutes:\n" + Files.readString(log));
        }
        String report = Files.readString(log, StandardCharsets.UTF_8);
        int status = process.exitValue();
        if (status == 4 || status == 5) { // the files or the server binaries are missing
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(report);
            }
            Assumptions.abort(report.strip());
        }
        assertThat(status).as(report).isZero();
        System.out.print(report); // the figures, for the build log
        Matcher figure = FIGURE.matcher(report);
        int files = 0;
        while (figure.find()) {
            files++;
            String name = figure.group(1);
            int identical = Integer.parseInt(figure.group(2));
            assertThat(identical).as(name + ": identical lines (bar " + BARS.get(name) + ")\n" + report)
                    .isGreaterThanOrEqualTo(BARS.getOrDefault(name, 0));
        }
        assertThat(files).as(report).isEqualTo(BARS.size());
    }
}

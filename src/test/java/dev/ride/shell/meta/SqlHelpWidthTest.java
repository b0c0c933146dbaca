package dev.ride.shell.meta;

import dev.ride.sandbox.Sandbox;
import dev.ride.testing.TestSandboxes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * At a terminal, psql 15 fits {@code \h}'s list of SQL commands to the terminal's width. psql runs
 * here on a pseudo-terminal of that width ({@code script(1)} and {@code stty cols}), connected to a
 * real server, and its list must equal {@link SqlHelp}'s for the same width byte for byte (the
 * terminal's carriage returns aside).
 */
class SqlHelpWidthTest {

    private static final String PSQL = "/usr/bin/psql";

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {20, 69, 70, 102, 120, 200})
    void listFitsTheTerminalAsPsqlDoes(int width) throws Exception {
        assertThat(Files.isExecutable(Path.of(PSQL))).as("psql 15, the oracle, must be installed at " + PSQL).isTrue();
        Sandbox sandbox = TestSandboxes.shared();
        ProcessBuilder builder = new ProcessBuilder("script", "-qec",
                "stty cols " + width + " rows 500; exec " + PSQL + " -X -P pager=off -d \"$RIDE_TEST_URL\" -c '\\h'",
                "/dev/null");
        builder.environment().put("RIDE_TEST_URL", sandbox.connectionString("postgres"));
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().close();
        String psql = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(process.waitFor()).as("psql's exit status; output:\n" + psql).isZero();

        assertThat(SqlHelp.help("", width)).isEqualTo(psql);
    }
}

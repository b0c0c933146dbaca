package dev.ride.shell;

import dev.ride.sandbox.Sandbox;
import dev.ride.shell.print.Utf8Output;
import dev.ride.testing.TestSandboxes;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code \h} against its oracle: the same input goes through real psql 15 ({@code psql -X})
 * and through {@link ScriptShell}, both connected to a real server; stdout, stderr and the exit
 * status must be identical byte for byte, except the "Description:" lines, which are ride's own
 * words by design (docs/psql.md, known differences). psql's synopses come from the PostgreSQL
 * documentation's reference pages, so equal synopses are ride's data checked against them. psql
 * must be installed: the test fails (never skips) without it.
 */
class SqlHelpTest {

    private static final String PSQL = SideBySide.PSQL;
    private static final Pattern COMMAND = Pattern.compile("(?m)^Command:     (.*)$");
    private static final Pattern DESCRIPTION = Pattern.compile("(?m)^Description: (.*)$");

    private static Sandbox sandbox;

    @TempDir
    static Path workDir;

    @BeforeAll
    static void server() {
        assertThat(Files.isExecutable(Path.of(PSQL))).as("psql 15, the oracle, must be installed at " + PSQL).isTrue();
        sandbox = TestSandboxes.shared();
    }

    @Test
    void listsTheCommandsInPsqlsColumns() throws Exception {
        // not at a terminal psql assumes 80 columns: two of them
        assertSame("\\h\n\\help\n\\h ;\n");
    }

    @Test
    void everyCommandPsqlListsHasAnEntryWithOurOwnDescription() throws Exception {
        Map<String, String> psql = descriptions(runPsql("\\h *\n").stdout());
        Map<String, String> ride = descriptions(runRide("\\h *\n").stdout());

        assertThat(psql).hasSizeGreaterThan(150);
        assertThat(ride.keySet()).containsExactlyElementsOf(psql.keySet());
        for (Map.Entry<String, String> entry : ride.entrySet()) {
            assertThat(entry.getValue()).as("ride's description of " + entry.getKey()).isNotBlank()
                    .isNotEqualToIgnoringCase(psql.get(entry.getKey()));
        }
    }

    @Test
    void showsPsqlsSynopsisAndUrlForEveryCommand() throws Exception {
        List<String> names = new ArrayList<>(descriptions(runPsql("\\h *\n").stdout()).keySet());
        String input = names.stream().map(name -> "\\h " + name + "\n").collect(Collectors.joining())
                + names.stream().map(name -> "\\help " + name.toLowerCase() + ";\n").collect(Collectors.joining());

        assertSame(input);
    }

    @Test
    void matchesPrefixesAndReportsUnknownTopicsAsPsql() throws Exception {
        assertSame(String.join("\n",
                "\\h alter",
                "\\h ALTER TAB",
                "\\h alter table foo bar",
                "\\h create tablex",
                "\\h alter  table",
                "\\h   drop owned  ;;",
                "\\h sel",
                "\\h select",
                "\\h SELECT INTO",
                "\\h create table as x",
                "\\h nosuch",
                "\\h no such thing",
                "\\h x",
                "\\h *",
                "\\h vacuum \\g",
                "\\if false",
                "  \\h select",
                "\\endif",
                "") );
    }

    /** The runs are equal apart from the text of each Description line. */
    private static void assertSame(String input) throws Exception {
        SideBySide.Run psql = runPsql(input);
        SideBySide.Run ride = runRide(input);
        assertThat(psql.stdout()).as("psql's output").isNotEmpty();
        assertThat(withoutDescriptions(ride.stdout())).isEqualTo(withoutDescriptions(psql.stdout()));
        assertThat(ride.stderr()).isEqualTo(psql.stderr());
        assertThat(ride.exitCode()).isEqualTo(psql.exitCode());
        assertThat(DESCRIPTION.matcher(ride.stdout()).results().count())
                .isEqualTo(DESCRIPTION.matcher(psql.stdout()).results().count());
    }

    private static String withoutDescriptions(String text) {
        return DESCRIPTION.matcher(text).replaceAll("Description: (ours)");
    }

    /** Command name to description, in the order printed. */
    private static Map<String, String> descriptions(String text) {
        Map<String, String> byName = new LinkedHashMap<>();
        Matcher command = COMMAND.matcher(text);
        Matcher description = DESCRIPTION.matcher(text);
        while (command.find()) {
            assertThat(description.find(command.end())).isTrue();
            byName.put(command.group(1), description.group(1));
        }
        return byName;
    }

    private static SideBySide.Run runPsql(String input) throws Exception {
        return SideBySide.psql(sandbox, workDir, "postgres", input);
    }

    private static SideBySide.Run runRide(String input) throws Exception {
        return SideBySide.ride(sandbox, "postgres", input);
    }
}

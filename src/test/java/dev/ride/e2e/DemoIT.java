package dev.ride.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** ride demo: the reference solution typed into a real shell, the same screen text on every run. */
class DemoIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoRecordingsShowTheSameText(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.cast");
        Path b = dir.resolve("b.cast");
        RideProcess.Result first = record(a, 120, 40);
        RideProcess.Result second = record(b, 120, 40);
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        List<String> textA = outputEvents(a);
        List<String> textB = outputEvents(b);
        assertThat(textA).isEqualTo(textB);
        String raw = String.join("", textA);
        // the recording has a terminal's line ends, for players that write it to a raw terminal
        assertThat(raw).contains("\r\n").doesNotContainPattern("[^\r]\n");
        String screen = raw.replace("\r\n", "\n");
        assertThat(screen).isEqualTo(first.stdout());
        assertThat(screen)
                .contains("Connect your own tools: postgresql://postgres:•••@127.0.0.1:5432/tenant_a\n")
                .contains("tenant_a=# SELECT version, description, applied_at FROM schema_migrations ORDER BY version;\n")
                .contains("tenant_c=# :submit\n")
                .contains("Total").contains("100/100")
                .doesNotContain("--json");
        // typed key by key: one event per character of a command
        assertThat(textA).containsSubsequence("\\", "c", " ", "t", "e", "n", "a", "n", "t", "_", "b");
        // it opens on a title card and closes on an end card
        assertThat(screen.lines().skip(1).findFirst().orElse("")).contains("ride demo");
        assertThat(screen).contains("Migration applied to one tenant only")
                .contains("End of the demo").contains("ride postgres start").contains("│ " + SEED);
        playsWithinTheScreen(a, 120, 40);
    }

    @Test
    void aRecordingAt80ColumnsPlaysWithinThem(@TempDir Path dir) throws Exception {
        Path cast = dir.resolve("narrow.cast");
        RideProcess.Result r = record(cast, 80, 24);
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        playsWithinTheScreen(cast, 80, 24);
    }

    /** The demo at a chosen size (COLUMNS and LINES), recorded. */
    private static RideProcess.Result record(Path cast, int columns, int lines) throws Exception {
        return RideProcess.run("", List.of("COLUMNS=" + columns, "LINES=" + lines),
                "demo", SEED, "--speed", "50", "--record", cast.toString(), "--engine", "embedded");
    }

    /**
     * The header says the size it was made at, no line of it is wider, and asciinema plays it in a
     * terminal of that size (tmux) with no line the terminal had to wrap, title and end card on it.
     */
    private static void playsWithinTheScreen(Path cast, int columns, int lines) throws Exception {
        JsonNode header = JSON.readTree(Files.readAllLines(cast, StandardCharsets.UTF_8).get(0));
        assertThat(header.get("width").asInt()).isEqualTo(columns);
        assertThat(header.get("height").asInt()).isEqualTo(lines);
        assertThat(visibleLines(String.join("", outputEvents(cast))))
                .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(columns));
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/asciinema")) || System.getenv("CI") != null,
                "asciinema is not installed (CI installs it)");
        // the pane stays open after the player ends, so its scrollback can be read
        try (Tmux tmux = new Tmux("asciinema play -s 20 -i 0.05 " + cast + "; echo PLAYED-TO-THE-END; sleep 600",
                columns, lines, List.of("TERM=xterm-256color"))) {
            tmux.waitFor("PLAYED-TO-THE-END", Duration.ofSeconds(120));
            String history = tmux.history();
            assertThat(history).contains("ride demo").contains("End of the demo").contains("┌─").contains("─┘");
            // history() joins what the terminal wrapped: a line wider than the pane did not fit it
            assertThat(history.lines().map(String::stripTrailing).toList())
                    .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).as(line)
                            .isLessThanOrEqualTo(columns));
        }
    }

    /** The lines a terminal shows: colours removed, split at newlines and carriage returns. */
    private static List<String> visibleLines(String output) {
        return List.of(output.replaceAll("\u001b\\[[0-9;?]*[@-~]", "").split("[\r\n]"));
    }

    private static List<String> outputEvents(Path cast) throws Exception {
        List<String> lines = Files.readAllLines(cast, StandardCharsets.UTF_8);
        assertThat(JSON.readTree(lines.get(0)).get("version").asInt()).isEqualTo(2);
        List<String> texts = new ArrayList<>();
        double last = 0;
        for (String line : lines.subList(1, lines.size())) {
            JsonNode e = JSON.readTree(line);
            assertThat(e.get(0).asDouble()).isGreaterThanOrEqualTo(last);
            last = e.get(0).asDouble();
            if (e.get(1).asText().equals("o")) {
                texts.add(e.get(2).asText());
            }
        }
        return texts;
    }
}

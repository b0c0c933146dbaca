package dev.ride.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** --record writes an asciicast v2 file of what the learner saw, playable by asciinema. */
class RecordingIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A parsed recording: the header and the events, checked for shape on the way. */
    record Cast(JsonNode header, List<JsonNode> events) {
        static Cast read(Path file) throws Exception {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            JsonNode header = JSON.readTree(lines.get(0));
            assertThat(header.get("version").asInt()).isEqualTo(2);
            assertThat(header.get("width").asInt()).isPositive();
            assertThat(header.get("height").asInt()).isPositive();
            assertThat(header.get("timestamp").asLong()).isPositive();
            assertThat(header.get("title").asText()).contains("Migration applied to one tenant only");
            List<JsonNode> events = new ArrayList<>();
            double last = 0;
            for (String line : lines.subList(1, lines.size())) {
                JsonNode e = JSON.readTree(line);
                assertThat(e.isArray() && e.size() == 3).as(line).isTrue();
                assertThat(e.get(0).asDouble()).as("non-decreasing times").isGreaterThanOrEqualTo(last);
                assertThat(e.get(1).asText()).isIn("o", "r");
                last = e.get(0).asDouble();
                events.add(e);
            }
            return new Cast(header, events);
        }

        String output() {
            StringBuilder text = new StringBuilder();
            events.stream().filter(e -> e.get(1).asText().equals("o")).forEach(e -> text.append(e.get(2).asText()));
            return text.toString();
        }
    }

    @Test
    void scriptModeRecordsStdout(@TempDir Path dir) throws Exception {
        Path cast = dir.resolve("drill.cast");
        RideProcess.Result r = RideProcess.run("SELECT 'recorded ' || 42 AS what;\n:submit\n",
                "postgres", "start", SEED, "--engine", "embedded", "--record", cast.toString());
        assertThat(r.exitCode()).as("stderr:\n%s", r.stderr()).isZero();
        Cast recording = Cast.read(cast);
        // stdout was a pipe: its bare newlines reach the recording as a terminal shows them
        assertThat(recording.output()).isEqualTo(r.stdout().replace("\n", "\r\n")).contains("recorded 42")
                .contains("Total");
        asciinemaCatShows(cast, "recorded 42");
        playsWithEveryLineAtTheLeftEdge(cast, r.stdout());
    }

    /**
     * asciinema plays the recording in a terminal (tmux) line under line, each from the left edge,
     * as the script's stdout reads: a bare newline in raw mode would start each line where the last ended.
     */
    private static void playsWithEveryLineAtTheLeftEdge(Path cast, String stdout) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/asciinema")) || System.getenv("CI") != null,
                "asciinema is not installed (CI installs it)");
        // the pane stays open after the player ends, so its scrollback can be read
        try (Tmux tmux = new Tmux("asciinema play -i 0.05 " + cast + "; echo PLAYED-TO-THE-END; sleep 600",
                80, 24, List.of("TERM=xterm-256color"))) {
            tmux.waitFor("PLAYED-TO-THE-END", Duration.ofSeconds(60));
            List<String> shown = tmux.history().lines().map(String::stripTrailing).toList();
            assertThat(shown).contains(" recorded 42", "(1 row)");
            List<String> printed = stdout.lines().map(String::stripTrailing).filter(l -> !l.isEmpty()).toList();
            assertThat(shown).containsSubsequence(printed);
        }
    }

    @Test
    void theTerminalSessionIsRecordedWithPromptsAndEcho(@TempDir Path dir) throws Exception {
        Path cast = dir.resolve("terminal.cast");
        String command = "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dride.home=" + RideProcess.projectDir()
                + " -jar " + RideProcess.jar() + " postgres start " + SEED + " --engine embedded --record " + cast;
        Path home = RideProcess.scratchHome();
        try (Tmux tmux = new Tmux(command, 100, 30, List.of("XDG_DATA_HOME=" + home.resolve("data"),
                "XDG_STATE_HOME=" + home.resolve("state"), "TERM=xterm-256color",
                // the echo is checked as plain text: no syntax colours between its words
                "NO_COLOR=1"))) {
            tmux.waitFor("tenant_a=#", Duration.ofSeconds(60));
            // \g, not ';': tmux takes an argument's trailing ';' as its own command separator
            tmux.type("SELECT 'typed ' || 7 AS what \\g");
            tmux.press("Enter");
            tmux.waitFor("typed 7", Duration.ofSeconds(60));
            tmux.type("\\q");
            tmux.press("Enter");
            assertThat(tmux.waitForExit(Duration.ofSeconds(90))).isTrue();
        }
        Cast recording = Cast.read(cast);
        assertThat(recording.header().get("width").asInt()).isEqualTo(100);
        assertThat(recording.header().get("height").asInt()).isEqualTo(30);
        assertThat(recording.output()).contains("PAGE · P2 · checkout-api").contains("tenant_a=# ")
                .contains("SELECT 'typed ' || 7 AS what").contains("typed 7").contains("(1 row)");
        asciinemaCatShows(cast, "typed 7");
    }

    /** asciinema is the player people will use: when it is installed (always on CI), it must read the file. */
    private static void asciinemaCatShows(Path cast, String text) throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/asciinema"));
        assumeTrue(installed || System.getenv("CI") != null, "asciinema is not installed (CI installs it)");
        // asciinema 2 opens /dev/tty even for cat: give it one with script(1)
        Process p = new ProcessBuilder("script", "-qec", "asciinema cat " + cast, "/dev/null")
                .redirectErrorStream(true).start();
        String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(shown).isZero();
        assertThat(shown).contains(text);
    }
}

package dev.ride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The completion script, run by a real bash the way a shell calls it on TAB. */
class CompletionCommandTest {

    @TempDir
    Path dir;

    @Test
    void bashCompletesSubcommandsEnginesAndScenarioIds() throws Exception {
        Path script = dir.resolve("ride.bash");
        Files.writeString(script, completion("bash"));

        assertThat(complete(script, "ride", "")).contains("postgres", "scenarios", "completion", "sandbox");
        assertThat(complete(script, "ride", "postgres", "start", "--engine", ""))
                .containsExactlyInAnyOrder("auto", "docker", "podman", "embedded", "external");
        assertThat(complete(script, "ride", "postgres", "start", "stage-09/08"))
                .containsExactly("stage-09/08-migration-applied-to-one-tenant-only");
    }

    @Test
    void bashCompletesLearningPathIds() throws Exception {
        Path script = dir.resolve("ride.bash");
        Files.writeString(script, completion("bash"));

        assertThat(complete(script, "ride", "scenarios", "--path", "first")).containsExactly("first-week-on-call");
    }

    @Test
    void zshGetsTheScriptThatSwitchesOnBashCompatibility() {
        assertThat(completion("zsh")).isEqualTo(completion("bash")).contains("bashcompinit");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        CommandLine cli = RideCommand.commandLine("completion", "fish");
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("completion", "fish")).isEqualTo(ExitCodes.USAGE);
    }

    private static String completion(String shell) {
        StringWriter out = new StringWriter();
        CommandLine cli = RideCommand.commandLine("completion", shell);
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("completion", shell)).isZero();
        return out.toString();
    }

    /** What bash offers for the last word, with the words before it typed: COMPREPLY of ride's function. */
    private List<String> complete(Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append('\'').append(w.replace("'", "'\\''")).append("' ");
        }
        String line = String.join(" ", words);
        String program = "source " + script + "\n"
                + "COMP_WORDS=(" + array + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
                + "_complete_ride ride '" + words[words.length - 1] + "' '" + words[words.length - 2] + "'\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", program)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start(); // compopt complains outside a real TAB
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).as(out).isZero();
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package dev.ride.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.e2e.RideProcess;
import dev.ride.e2e.Tmux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The postmaster killed under a learner at the terminal: the next statement gets psql's
 * "connection lost, reset failed" line, the shell stays, and the drill's ':' commands that need the
 * server ({@code :submit}) say the sandbox is gone instead of ending the session; {@code :reset}
 * starts a new sandbox and the drill goes on; the rest of the drill (:status, :hint) still answers
 * from what the session kept.
 */
class SandboxKilledInteractiveIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";

    @Test
    void shellSurvivesTheKilledServer() throws Exception {
        String marker = "ride-killed-" + UUID.randomUUID().toString().substring(0, 8);
        Path state = RideProcess.scratchHome().resolve(marker);
        String command = RideProcess.projectDir().resolve("scripts/ride") + " postgres start " + SEED
                + " --engine embedded";
        List<String> env = List.of("XDG_DATA_HOME=" + RideProcess.scratchHome().resolve("data"),
                "XDG_STATE_HOME=" + state, "TERM=xterm-256color");
        try (Tmux tmux = new Tmux(command, 140, 60, env)) {
            tmux.waitFor("tenant_a=#", Duration.ofSeconds(120));
            tmux.press("C-l");
            enter(tmux, "select 'before-kill' as probe;");
            tmux.waitFor("(1 row)", Duration.ofSeconds(20));

            long ride = ridePid(state.toString());
            List<Path> dirs = Leftovers.sandboxDirs(ride);
            assertThat(dirs).hasSize(1);
            new ProcessBuilder("kill", "-9", Long.toString(Leftovers.postmasterPid(dirs.get(0)))).start().waitFor();
            Thread.sleep(500);

            tmux.press("C-l");
            enter(tmux, "select 'after-kill' as probe;");
            String screen = tmux.waitFor("Attempting reset: Failed.", Duration.ofSeconds(20));
            assertThat(screen).doesNotContain("Exception").doesNotContain("\tat ");
            tmux.waitFor("!>", Duration.ofSeconds(5));

            tmux.press("C-l");
            enter(tmux, ":submit --json");
            screen = tmux.waitFor("the sandbox is gone", Duration.ofSeconds(30));
            assertThat(screen).doesNotContain("Exception");
            assertThat(tmux.isAlive()).as("the shell is still running after :submit").isTrue();

            // :reset brings a new sandbox up in the broken start, and the drill goes on on it
            tmux.press("C-l");
            enter(tmux, ":reset");
            tmux.waitFor("The sandbox had stopped; a new one is up", Duration.ofSeconds(120));
            assertThat(tmux.isAlive()).as("the shell is still running after :reset").isTrue();
            enter(tmux, "select 'after-reset' as probe;");
            tmux.waitFor("after-reset", Duration.ofSeconds(20));
            tmux.waitFor("(1 row)", Duration.ofSeconds(20));

            // the session kept its state: the clock and the hints still answer
            tmux.press("C-l");
            enter(tmux, ":hint");
            tmux.waitFor("Hint 1/", Duration.ofSeconds(10));
            enter(tmux, ":status");
            screen = tmux.waitFor("1 of 3 used", Duration.ofSeconds(10));
            assertThat(screen).contains("Scenario:  " + SEED);

            enter(tmux, "\\q");
            assertThat(tmux.waitForExit(Duration.ofSeconds(30))).as("ride quits on \\q").isTrue();
        }
    }

    /** Types a line and Enter; a final ';' goes as tmux's escaped "\;" (tmux eats a trailing ';'). */
    private static void enter(Tmux tmux, String line) throws Exception {
        if (line.endsWith(";")) {
            tmux.type(line.substring(0, line.length() - 1));
            tmux.press("\\;");
        } else {
            tmux.type(line);
        }
        tmux.press("Enter");
    }

    /** The ride JVM started with this XDG_STATE_HOME (unique to the test). */
    private static long ridePid(String stateHome) throws IOException {
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try {
                    String environ = new String(Files.readAllBytes(proc.resolve("environ")), StandardCharsets.UTF_8);
                    String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (cmdline.contains("-jar\0") && cmdline.contains("\0postgres\0start\0") && environ.contains("XDG_STATE_HOME=" + stateHome + "\0")) {
                        return Long.parseLong(proc.getFileName().toString());
                    }
                } catch (IOException gone) {
                    // ended or not ours to read
                }
            }
        }
        throw new AssertionError("no ride JVM with XDG_STATE_HOME=" + stateHome);
    }
}

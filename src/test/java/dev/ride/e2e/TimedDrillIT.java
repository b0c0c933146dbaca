package dev.ride.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A timed drill in script mode: at zero the running query is cancelled and the card printed. */
class TimedDrillIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void atZeroTheWorkIsSubmittedAndRideExitsZero() throws Exception {
        long start = System.nanoTime();
        RideProcess.Result r = RideProcess.run(":hint\nSELECT pg_sleep(60);\nSELECT 'never reached';\n",
                "postgres", "start", SEED, "--engine", "embedded", "--timed", "3s");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertThat(r.exitCode()).as("stderr:\n%s", r.stderr()).isZero();
        assertThat(seconds).as("ended by the timer, not by pg_sleep").isLessThan(50);
        assertThat(r.stderr()).contains("Time is up: submitting your work.");
        assertThat(r.stdout()).doesNotContain("never reached");
        JsonNode card = JSON.readTree(r.lastJsonLine());
        assertThat(card.get("elapsed_s").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(card.get("limit_s").asLong()).isEqualTo(3);
        assertThat(card.get("hints")).hasSize(1);
        assertThat(card.get("hints").get(0).get("n").asInt()).isEqualTo(1);
        // within the drill's time, whatever the machine's load made of the first seconds
        assertThat(card.get("hints").get(0).get("at_s").asLong()).isLessThanOrEqualTo(card.get("elapsed_s").asLong());
        assertThat(card.get("total").asInt()).isZero();
        // the new fields come after the documented ones (a live drill's timeline last)
        assertThat(r.lastJsonLine()).matches("\\{\"scenario\":.*\"total\":0,\"max\":\\d+,\"hints_used\":1,\"hint_cost\":5,\"score\":0,\"attempt\":1,\"elapsed_s\":\\d+,\"limit_s\":3,\"hints\":\\[.*\\],\"timeline\":\\[.*\\]\\}");
    }

    @Test
    void aBareTimedUsesTheScenariosDuration() throws Exception {
        RideProcess.Result r = RideProcess.run(":status\n", "postgres", "start", SEED, "--engine", "embedded", "--timed");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).containsPattern("Time: +1[45]:\\d\\d left of 15:00");
    }

    /**
     * At 80×24: the timer ends the prompt (no ^C echoed, the half-typed line dropped), the card is
     * shown, and the shell stays open for reading; a statement is refused, :postmortem works, \\q
     * leaves. The countdown leaves no copies of itself in the scrollback.
     */
    @Test
    void onATerminalTheTimerEndsThePromptShowsTheCardAndKeepsTheShellForReading() throws Exception {
        String command = RideProcess.commandLine("postgres start " + SEED + " --engine embedded --timed 10s"
                + "; echo ride-exited-$?; sleep 30");
        Path home = RideProcess.scratchHome();
        try (Tmux tmux = new Tmux(command, 80, 24, List.of("XDG_DATA_HOME=" + home.resolve("data"),
                "XDG_STATE_HOME=" + home.resolve("state"), "TERM=xterm-256color"))) {
            tmux.waitFor("tenant_a=#", Duration.ofSeconds(60));
            tmux.type("SELECT 'half typed");
            tmux.waitFor("The drill is over and scored.", Duration.ofSeconds(40));
            String history = tmux.history();
            assertThat(history).contains("Time is up: submitting your work.").contains("Total")
                    .contains("of 0:10 · Hints: none").doesNotContain("^C");
            assertThat(history.lines().filter(l -> l.contains("⏱"))).as("stale countdown lines").isEmpty();

            tmux.type("select 1 as after_time;");
            tmux.press("Enter");
            tmux.waitFor("The drill is over: statements no longer run.", Duration.ofSeconds(10));
            assertThat(tmux.screen()).doesNotContain("after_time\n");
            tmux.type(":postmortem");
            tmux.press("Enter");
            tmux.waitFor("Your incident", Duration.ofSeconds(10)); // the learner's timeline after the write-up
            tmux.type("\\q");
            tmux.press("Enter");
            tmux.waitFor("ride-exited-0", Duration.ofSeconds(30));
        }
    }
}

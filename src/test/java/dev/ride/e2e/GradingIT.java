package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grading as a learner meets it, through the packaged jar on the seed: hints that cost on the card,
 * attempts (the first is the score, in the card and in `ride progress`), and an exam that ends after
 * its one :submit with the card, the timeline and the postmortem.
 */
class GradingIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final String FIX_B = "\\c tenant_b\n\\d orders\nALTER TABLE orders ADD COLUMN release_id text;\n";
    private static final String FIX_C = "\\c tenant_c\n\\d orders\nALTER TABLE orders ADD COLUMN release_id text;\n";

    @Test
    void hintsCostOnTheCardAndTheFirstAttemptStaysTheScore(@TempDir Path home) throws Exception {
        List<String> env = List.of("XDG_DATA_HOME=" + home);
        RideProcess.Result drill = RideProcess.run(":hint\n" + FIX_B + ":submit\n" + FIX_C + "select pg_sleep(1);\n:submit\n",
                env, "postgres", "start", SEED, "--engine", "embedded");

        assertThat(drill.exitCode()).as(drill.stderr()).isZero();
        // first attempt: tenant_b only (15 + 20 + 30 = 65 unassisted), one hint costs 5
        assertThat(drill.stdout()).containsPattern("Total\\s+65/100")
                .containsPattern("with 1 hint \\(cost 5\\)\\s+60/100")
                .contains("Attempt 1: this is your score.")
                // the ✗ says what was found, not what to do
                .contains("found: no release_id column")
                // second attempt: everything fixed, practice
                .containsPattern("Total\\s+100/100")
                .containsPattern("with 1 hint \\(cost 5\\)\\s+95/100")
                .contains("Attempt 2: practice; your score stays attempt 1's 60/100.");

        RideProcess.Result progress = RideProcess.run("", env, "progress");
        assertThat(progress.stdout()).containsPattern("(?m)^SCENARIO\\s+FIRST\\s+BEST\\s+HINTS\\s+TIME\\s+TRIES\\s+BEST ON$")
                .containsPattern("(?m)^" + SEED + "\\s+60/100\\s+95/100\\s+1\\s+\\S+\\s+2\\s");
        List<String> records = Files.readAllLines(home.resolve("ride/progress.jsonl"));
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).contains("\"score\":60,\"attempt\":1");
        assertThat(records.get(1)).contains("\"score\":95,\"attempt\":2");
    }

    @Test
    void anExamEndsAfterItsOneSubmitWithTheCardTheTimelineAndThePostmortem(@TempDir Path home) throws Exception {
        RideProcess.Result exam = RideProcess.run(FIX_B + FIX_C + ":submit\nselect 'after the exam' as never;\n",
                List.of("XDG_DATA_HOME=" + home), "postgres", "start", SEED, "--engine", "embedded", "--exam");

        assertThat(exam.exitCode()).as(exam.stderr()).isZero();
        assertThat(exam.stdout())
                .containsPattern("Total\\s+100/100")
                .contains("Attempt 1: this is your score.")
                .contains("Timeline")
                .contains("Root cause")
                .contains("Exam over: this first :submit is your score.")
                .doesNotContain("after the exam");
    }

    @Test
    void anExamAtATerminalOf80By24SaysItsRuleAndClosesTheShellAfterTheSubmit(@TempDir Path home) throws Exception {
        String command = RideProcess.commandLine("postgres start " + SEED + " --engine embedded --exam"
                // the pane stays after ride ends, so its last screen can be read
                + "; echo \"[ride exited $?]\"; sleep 60");
        try (Tmux tmux = new Tmux(command, 80, 24, List.of("XDG_DATA_HOME=" + home, "XDG_STATE_HOME=" + home))) {
            String banner = tmux.waitFor("tenant_a=#", Duration.ofSeconds(90));
            assertThat(banner).contains("Exam: one :submit. It shows your card, your timeline and the postmortem");
            tmux.type(":submit");
            tmux.press("Enter");
            // the card, the timeline and the postmortem are longer than 24 lines: psql's pager shows them
            tmux.waitFor("Detect ", Duration.ofSeconds(40)); // the card's first page
            tmux.press("G"); // to the end, where the exam says it is over
            tmux.waitFor("Exam over: this first :submit is your score.", Duration.ofSeconds(10));
            tmux.press("q");
            String end = tmux.waitFor("[ride exited 0]", Duration.ofSeconds(40));
            assertThat(end).as("the drill ends after the exam's submit").doesNotContain("tenant_a=#");
        }
    }
}

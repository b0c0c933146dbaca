package dev.ride.drill;

import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.shell.ShellHost.ColonResult;
import dev.ride.testing.TestSandboxes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The ':' commands that need no scoring: hints, postmortem, help, status, bad input. */
class DrillCommandsTest {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private Drill drill;

    @BeforeEach
    void openDrill() {
        Scenario scenario = ScenarioCatalog.scan(Path.of("scenarios")).require(SEED);
        drill = new Drill(scenario, TestSandboxes.shared(), new DrillClock(null), false);
    }

    @Test
    void hintsComeOneAtATimeThenSayThereAreNoMore() {
        assertThat(run(":hint")).startsWith("Hint 1/3: ");
        assertThat(run(":hint")).startsWith("Hint 2/3: ");
        assertThat(run(":hint")).startsWith("Hint 3/3: ").contains("ALTER TABLE");
        assertThat(run(":hint")).isEqualTo("No more hints: that was the last of 3. :postmortem shows the full write-up.\n");
        assertThat(drill.transcript().hints()).hasSize(3);
    }

    @Test
    void postmortemShowsTheWriteUp() {
        // no timeline before the first :submit
        assertThat(run(":postmortem")).contains("tenant_b").contains("tenant_c").doesNotContain("Your incident");
    }

    @Test
    void helpListsEveryCommandOfTheTable() {
        String help = run(":help");
        for (var command : drill.colonCommands()) {
            assertThat(help).contains(command.name());
        }
    }

    @Test
    void statusShowsTimeHintsDatabaseAndEngine() {
        run(":hint");
        assertThat(run(":status")).contains("1 of 3 used").contains("tenant_b").contains("embedded").contains("(running)");
    }

    @Test
    void briefingShowsTheBriefingAgain() {
        assertThat(run(":briefing")).startsWith("PAGE").contains("tenant_b and tenant_c fail at checkout");
    }

    @Test
    void readingTheLogIsOnTheTranscriptAsALook() {
        run(":log 3");
        assertThat(drill.transcript().entries()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(dev.ride.drill.Transcript.Entry.Kind.META);
            assertThat(e.text()).isEqualTo(":log 3");
        });
    }

    @Test
    void anUnknownCommandIsLeftToTheShellToReportInOneLine() {
        StringWriter text = new StringWriter();
        ColonResult result = drill.colonCommand(":hnit", "tenant_a", new PrintWriter(text));
        assertThat(result).isEqualTo(ColonResult.UNKNOWN);
        assertThat(text.toString()).isEmpty();
    }

    private String run(String line) {
        StringWriter text = new StringWriter();
        ColonResult result = drill.colonCommand(line, line.equals(":status") ? "tenant_b" : "tenant_a", new PrintWriter(text));
        assertThat(result).isEqualTo(ColonResult.CONTINUE);
        return text.toString();
    }
}

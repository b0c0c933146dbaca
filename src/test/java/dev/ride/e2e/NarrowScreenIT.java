package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed drill at a terminal of 80×24, as a learner on a laptop's split screen has it: what
 * ride prints fits the width, a wide result opens the pager as psql's does, and a sandbox whose
 * server was killed comes back with {@code :reset}.
 */
class NarrowScreenIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration SOON = Duration.ofSeconds(30);
    private static final int WIDTH = 80;

    @TempDir
    Path home;

    private Tmux ride() throws Exception {
        String command = RideProcess.commandLine("postgres start " + SEED + " --engine embedded");
        Tmux tmux = new Tmux(command, WIDTH, 24, List.of("XDG_DATA_HOME=" + home, "XDG_STATE_HOME=" + home,
                "TERM=xterm-256color", "PAGER=less -SRX"));
        tmux.waitFor("tenant_a=#", START);
        return tmux;
    }

    @Test
    void theBannerTheBriefingAndAHintFitTheWidthAtWordBoundaries() throws Exception {
        try (Tmux tmux = ride()) {
            assertFits(tmux.screenJoined());
            assertThat(tmux.screen()).contains("Connect your own tools:\npostgresql://");
            tmux.type(":hint");
            tmux.press("Enter");
            tmux.waitFor("Hint 1/3:", SOON);
            assertFits(tmux.screenJoined());
            tmux.type(":briefing");
            tmux.press("Enter");
            tmux.waitFor("then :submit.", SOON);
            tmux.waitForEmptyPrompt("tenant_a=#", SOON);
            assertFits(tmux.screenJoined());
        }
    }

    @Test
    void aResultWiderThanTheScreenOpensThePagerAndQuitsBackToThePrompt() throws Exception {
        try (Tmux tmux = ride()) {
            tmux.type("select repeat('w', 120) as wide_col, 1 as narrow_col;");
            tmux.press("Enter");
            String paged = tmux.waitFor("wide_col", SOON);
            Thread.sleep(300);
            paged = tmux.screen();
            assertThat(paged).as("less -S cuts the table at the screen's edge, marking each cut line")
                    .contains("wide_col              >").contains("(END)");
            tmux.press("q");
            tmux.waitForEmptyPrompt("tenant_a=#", SOON);
            // a short, narrow result is not paged
            tmux.type("select 'fits' as narrow_result;");
            tmux.press("Enter");
            tmux.waitFor("narrow_result", SOON);
            tmux.waitForEmptyPrompt("tenant_a=#", SOON);
            assertThat(tmux.screen()).contains("(1 row)").doesNotContain("(END)");
        }
    }

    /**
     * A 100 KB line pasted without bracketed paste is taken in and runs (JLine alone redrew the
     * line after each character: minutes of CPU). How fast is a benchmark (scripts/bench/paste.sh).
     */
    @Test
    void aLongUnbracketedPasteIsTakenInAndRuns() throws Exception {
        try (Tmux tmux = ride()) {
            tmux.pasteUnbracketed("select length('" + "x".repeat(100_000) + "') as pasted_length;");
            tmux.press("Enter");
            tmux.waitFor(" 100000", Duration.ofSeconds(120));
            tmux.waitForEmptyPrompt("tenant_a=#", SOON);
        }
    }

    @Test
    void aKilledServerIsNamedAndResetStartsANewSandboxTheDrillGoesOn() throws Exception {
        try (Tmux tmux = ride()) {
            tmux.type("show data_directory;");
            tmux.press("Enter");
            String shown = tmux.waitFor("(1 row)", SOON);
            Matcher dir = Pattern.compile("(/\\S+/data)").matcher(shown);
            assertThat(dir.find()).as("data directory on screen:\n%s", shown).isTrue();
            long postmaster = Long.parseLong(Files.readAllLines(Path.of(dir.group(1), "postmaster.pid")).get(0).strip());
            Matcher port = Pattern.compile("on port (\\d+)").matcher(shown);
            assertThat(port.find()).isTrue();
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly(); // kill -9: the server crashed
            waitUntilGone(postmaster);

            tmux.type(":status");
            tmux.press("Enter");
            tmux.waitFor("starts a new one)", SOON); // "(not answering: :reset starts a new one)", wrapped
            tmux.type("\\c tenant_b");
            tmux.press("Enter");
            tmux.waitFor("Previous connection kept", SOON);
            // psql's own message, which psql does not wrap either: the terminal does
            assertThat(tmux.screenJoined()).contains("connection to server at \"127.0.0.1\", port " + port.group(1)
                    + " failed: Connection refused");
            tmux.type(":reset");
            tmux.press("Enter");
            tmux.waitFor("The sandbox had stopped; a new one is up", START);
            tmux.type("select count(*) as orders_now from orders;");
            tmux.press("Enter");
            tmux.waitFor("(1 row)", SOON);
            tmux.type(":status");
            tmux.press("Enter");
            String status = tmux.waitFor("(running)", SOON);
            assertThat(status).contains("Hints:     0 of 3 used");
        }
    }

    @Test
    void oneEnterRunsALineCompletedFromTheCompletionMenu() throws Exception {
        try (Tmux tmux = ride()) {
            tmux.type("\\dt order");
            tmux.press("Tab"); // two tables match: the first Tab lists them
            tmux.waitFor("orders", SOON);
            tmux.press("Tab"); // the second opens the menu on the first of them
            tmux.waitFor("tenant_a=# \\dt order_items", SOON);
            tmux.press("Enter"); // keeps the candidate and runs the line, as psql's one Enter does
            String shown = tmux.waitFor("(1 row)", SOON);
            assertThat(shown).contains("public | order_items | table");
            tmux.waitForEmptyPrompt("tenant_a=#", SOON);
        }
    }

    /** Every line fits the terminal: nothing ride printed was wrapped by the terminal mid-word. */
    private static void assertFits(String joined) {
        for (String line : joined.split("\n")) {
            assertThat(line.length()).as("a line wider than %d columns:\n%s", WIDTH, line).isLessThanOrEqualTo(WIDTH);
        }
    }

    private static void waitUntilGone(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}

package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JLine shell in a real terminal (tmux), started the way a learner starts it: completion of a
 * table and a column, the prompt after {@code \c}, Ctrl-C cancelling a long query, history across
 * restarts (Up and Ctrl-R), and colours only when wanted. Statements end with {@code \g}: tmux
 * takes an argument's trailing ';' as its own command separator.
 */
class InteractiveShellIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final Duration START = Duration.ofSeconds(90);
    // a bound against hangs, not a speed target: a loaded CI machine once took over 20 s to exit
    private static final Duration SOON = Duration.ofSeconds(60);

    @TempDir
    Path state;

    private Tmux ride(String... env) throws Exception {
        String command = RideProcess.commandLine("postgres start " + SEED + " --engine embedded");
        List<String> environment = new ArrayList<>(List.of(
                "XDG_DATA_HOME=" + RideProcess.scratchHome().resolve("data"), "XDG_STATE_HOME=" + state));
        environment.addAll(List.of(env));
        Tmux tmux = new Tmux(command, 120, 40, environment);
        tmux.waitFor("tenant_a=#", START);
        return tmux;
    }

    @Test
    void completesTablesAndColumnsFollowsConnectAndClearsTheLineWithControlC() throws Exception {
        try (Tmux tmux = ride("TERM=xterm-256color")) {
            tmux.type("select * from order_i");
            tmux.press("Tab");
            tmux.waitFor("select * from order_items", SOON);
            tmux.type("where quan"); // the completed name came with its space
            tmux.press("Tab");
            tmux.waitFor("select * from order_items where quantity", SOON);
            tmux.press("C-c");
            tmux.waitForEmptyPrompt("tenant_a=#", SOON); // ^C is a signal: typing on at once would race it
            tmux.type("\\c tenant_b");
            tmux.press("Enter");
            tmux.waitFor("tenant_b=#", SOON);

            // Ctrl-C during a running statement (cancel, same session after it): resilience.CtrlCCancelIT
            tmux.type("select 'still ' || 'alive' as status \\g");
            tmux.press("Enter");
            tmux.waitFor("still alive", SOON);
            tmux.type("\\q");
            tmux.press("Enter");
            assertThat(tmux.waitForExit(SOON)).isTrue();
        }
    }

    @Test
    void historySurvivesARestartAndIsSearchableAndColoursFollowTheTerminal() throws Exception {
        try (Tmux tmux = ride("TERM=xterm-256color")) {
            tmux.type("select 'remembered' as word,");
            tmux.press("Enter");
            tmux.type("  42 as answer \\g");
            tmux.press("Enter");
            tmux.waitFor("(1 row)", SOON);
            tmux.type("select 'second' \\g");
            tmux.press("Enter");
            tmux.waitFor("second", SOON);
            tmux.type("\\q");
            tmux.press("Enter");
            assertThat(tmux.waitForExit(SOON)).isTrue();
        }
        try (Tmux tmux = ride("TERM=xterm-256color")) {
            tmux.press("Up");
            tmux.waitFor("tenant_a=# \\q", SOON);
            tmux.press("C-u");
            tmux.press("C-r");
            tmux.type("rememb");
            String screen = tmux.waitFor("select 'remembered' as word,", SOON);
            assertThat(screen).contains("42 as answer").as("the multi-line entry comes back whole");
            tmux.press("C-g"); // leaves the search, back to the empty line it started from
            tmux.waitForEmptyPrompt("tenant_a=#", SOON);
            tmux.type("select 42 -- a number");
            tmux.waitFor("select 42 -- a number", SOON);
            String line = promptLine(tmux.screenWithEscapes());
            assertThat(line).as("coloured keyword, number and comment").contains("\u001b[")
                    .doesNotContain("select 42 -- a number");
        }
    }

    @Test
    void noColourWhenNoColorIsSet() throws Exception {
        try (Tmux tmux = ride("TERM=xterm-256color", "NO_COLOR=1")) {
            tmux.type("select 'text', 42 -- a number");
            tmux.waitFor("select 'text', 42 -- a number", SOON);
            assertThat(promptLine(tmux.screenWithEscapes())).doesNotContain("\u001b[")
                    .endsWith("tenant_a=# select 'text', 42 -- a number");
        }
    }

    @Test
    void tallResultsGoThroughThePagerUnlessTurnedOff() throws Exception {
        try (Tmux tmux = ride("TERM=xterm-256color", "PAGER=less -SRFX")) {
            tmux.type("select n as paged_row from generate_series(1, 100) n \\g");
            tmux.press("Enter");
            String screen = tmux.waitFor("paged_row", SOON);
            Thread.sleep(500);
            screen = tmux.screen();
            assertThat(screen).as("less shows the first screenful").contains("        30").doesNotContain("(100 rows)");
            tmux.press("G");
            tmux.waitFor("(100 rows)", SOON);
            tmux.press("q");
            tmux.waitFor("tenant_a=#", SOON);
            tmux.type("\\pset pager off");
            tmux.press("Enter");
            tmux.waitFor("Pager usage is off.", SOON);
            tmux.type("select n as unpaged_row from generate_series(1, 101) n \\g");
            tmux.press("Enter");
            tmux.waitFor("(101 rows)", SOON);
            // the screen can be read between the rows and the prompt drawn after them: wait for both
            tmux.waitForEmptyPrompt("tenant_a=#", SOON);
            assertThat(tmux.screen()).contains("     101").endsWith("tenant_a=#");
            tmux.type("select 'short' as unpaged \\g");
            tmux.press("Enter");
            tmux.waitFor("(1 row)", SOON);
        }
    }

    @Test
    void aBigUnalignedResultFormattedAsItArrivesReachesThePagerWhole() throws Exception {
        // 150,000 rows (6 MB): many fetches, each formatted while the next arrives, and more than the
        // 4 MB held in memory, so what less gets is read back from the temp file and decoded
        try (Tmux tmux = ride("TERM=xterm-256color", "PAGER=less -SRFX")) {
            tmux.type("\\pset format unaligned");
            tmux.press("Enter");
            tmux.waitFor("Output format is unaligned.", SOON);
            tmux.type("select n as held_row, md5(n::text) || 'é' as digest from generate_series(1, 150000) n \\g");
            tmux.press("Enter");
            tmux.waitFor("held_row|digest", SOON);
            tmux.press("G");
            String end = tmux.waitFor("(150000 rows)", SOON);
            assertThat(end).contains("150000|" + md5("150000") + "é");
            tmux.press("q");
            tmux.waitForEmptyPrompt("tenant_a=#", SOON);
        }
    }

    private static String md5(String text) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("MD5")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest);
    }

    /** The last line with a prompt on it. */
    private static String promptLine(String screen) {
        String[] lines = screen.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].contains("tenant_a=#")) {
                return lines[i].stripTrailing();
            }
        }
        throw new AssertionError("no prompt on the screen:\n" + screen);
    }
}

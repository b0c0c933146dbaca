package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drill on a primary, a streaming standby and PgBouncer, through the packaged jar on the embedded
 * engine: {@code \c app - standby} and {@code \c pgbouncer - pooler} reach them as psql does,
 * {@code :action} lists and runs operator actions (a bad one gets
 * one line and a suggestion; the list alone is a look a detect check can ask for), an action is on
 * the card's timeline, and {@code :reset} puts the whole
 * topology back after a promotion.
 */
class TopologyDrillIT {

    private static final String ID = "stage-98/01-standby-drill";
    private static final Path SCENARIOS = RideProcess.projectDir().resolve("src/test/resources/topology-scenarios");

    @Test
    void actionsRunOnTheStandbyGoOnTheTimelineAndResetUndoesAPromotion() throws Exception {
        String input = String.join("\n",
                "select pg_is_in_recovery() as primary_in_recovery;",
                "\\c app - standby",
                "select pg_is_in_recovery() as standby_in_recovery;",
                "\\c pgbouncer - pooler",
                "SHOW POOLS;",
                "\\c app - primary",
                ":action",
                ":action promot standby",
                ":action promote",
                ":action promote nowhere",
                ":action promote standby",
                ":submit --json",
                ":reset",
                ":action",
                "") + "\n";
        RideProcess.Result r = RideProcess.run(input, List.of("RIDE_SCENARIOS=" + SCENARIOS),
                "postgres", "start", ID, "--engine", "embedded");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String out = r.stdout();
        // psql's \c with host names being the servers' names, PgBouncer's console included
        assertThat(out).containsPattern("You are now connected to database \"app\" as user \"\\w+\" on host \"standby\" \\(address \"127.0.0.1\"\\) at port \"\\d+\"\\.")
                .containsPattern("(?s)standby_in_recovery \\n-+\\n t\\n")
                .contains("on host \"pooler\"").containsPattern("(?m)^ database\\s+\\|\\s+user\\s+\\|\\s+cl_active")
                .contains("on host \"primary\"");
        assertThat(out).contains("Actions (:action NAME SERVER):").contains("promote a standby to primary")
                .containsPattern("(?m)^  standby\\s+standby\\s+running$")
                .contains("unknown action promot; did you mean promote? (:action lists them)")
                .contains("usage: :action promote SERVER (servers: primary, standby, pooler)");
        String card = r.lastJsonLine();
        // the promotion made the standby a primary; the primary still is one, and the app (through the
        // pooler, still pointing at the primary) and the report (on the promoted standby) work
        // ":action" alone, before the promotion, is the look the detect check asks for (^:action\s*$)
        assertThat(card).contains("{\"id\":\"looked\",\"passed\":true,\"points\":10}");
        assertThat(card).contains("\"total\":70")
                .contains("\"who\":\"you\",\"what\":\":action promote standby\"")
                .contains("\"what\":\":action promote nowhere (failed)\"");
        // after :reset the standby is a standby again
        assertThat(out.substring(out.lastIndexOf("Actions (:action NAME SERVER):")))
                .containsPattern("(?m)^  standby\\s+standby\\s+running$");
    }

    /**
     * The app writes through the pooler and a report reads on the standby; the primary crashes,
     * the standby is promoted and the pooler repointed: the card's checks on the standby, on its
     * role and on both actors pass, the primary's check fails (it is down). {@code \\conninfo}
     * on the standby gives the standby's string; an action the scenario does not offer is refused.
     */
    @Test
    void actorsOnTheStandbyAndThroughThePoolerFollowAFailover() throws Exception {
        String input = String.join("\n",
                "\\c app - standby",
                "\\conninfo",
                ":action fence standby",
                ":action stop-server primary",
                ":action promote standby",
                ":action repoint-pooler standby",
                ":action",
                ":submit --json",
                "") + "\n";
        RideProcess.Result r = RideProcess.run(input, List.of("RIDE_SCENARIOS=" + SCENARIOS),
                "postgres", "start", ID, "--engine", "embedded");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String out = r.stdout();
        java.util.regex.Matcher standby = java.util.regex.Pattern
                .compile("You are connected to database \"app\" as user \"\\w+\" on host \"standby\" \\(address \"127.0.0.1\"\\) at port \"(\\d+)\"\\.\n(\\S+)")
                .matcher(out);
        assertThat(standby.find()).as(out).isTrue();
        assertThat(standby.group(2)).as("the standby's own string").contains(":" + standby.group(1) + "/app");
        assertThat(out).contains("This scenario does not offer fence (:action lists what it does).")
                .contains("pooler now sends every database to standby")
                .containsPattern("(?m)^  standby\\s+primary\\s+running$")
                .containsPattern("(?m)^  primary\\s+primary\\s+stopped$");
        String card = r.lastJsonLine();
        assertThat(card).contains("{\"id\":\"writable\",\"passed\":false")
                .contains("{\"id\":\"standby-is-primary\",\"passed\":true")
                .contains("{\"id\":\"standby-takes-writes\",\"passed\":true")
                .contains("{\"id\":\"app-writes\",\"passed\":true")
                .contains("{\"id\":\"report-reads\",\"passed\":true")
                .contains("{\"id\":\"app-role-inserts\",\"passed\":true");
    }

    /**
     * A catalog scenario whose incident starts with the primary crashing ({@code at_start:}): the
     * shell opens on the standby, {@code :action} shows the primary stopped, and {@code :reset}
     * after a promotion crashes the primary again under the restarted application.
     */
    @Test
    void anIncidentThatStartsWithACrashOpensOnTheStandbyAndResetsToIt() throws Exception {
        String input = String.join("\n",
                "\\conninfo",
                ":action",
                ":action promote standby",
                ":reset",
                ":action",
                "") + "\n";
        RideProcess.Result r = RideProcess.run(input, "postgres", "start", "stage-08/02-manual-replica-promotion",
                "--engine", "embedded");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String out = r.stdout();
        assertThat(out).containsPattern("You are connected to database \"orders\" as user \"\\w+\" on host \"standby\"");
        String first = out.substring(out.indexOf("Actions (:action NAME SERVER):"), out.indexOf("standby was promoted"));
        assertThat(first).containsPattern("(?m)^  primary\\s+primary\\s+stopped$")
                .containsPattern("(?m)^  standby\\s+standby\\s+running$")
                .contains("repoint-pooler").doesNotContain("restore-backup");
        String afterReset = out.substring(out.lastIndexOf("Actions (:action NAME SERVER):"));
        assertThat(afterReset).containsPattern("(?m)^  primary\\s+primary\\s+stopped$")
                .containsPattern("(?m)^  standby\\s+standby\\s+running$");
    }

    /**
     * A drill whose failover happened before it began (stage-08/05's at_start promotes the
     * standby and starts the old primary again): the banner shows both servers as the primaries
     * they are now, not the roles they started with.
     */
    @Test
    void theBannerShowsEachServersRoleAfterTheFailoverBeforeTheDrill(@TempDir Path home) throws Exception {
        // the banner is for a terminal: a script's stdin gets none, so a real one runs it
        String command = RideProcess.commandLine("postgres start stage-08/05-old-primary-returns --engine embedded");
        try (Tmux tmux = new Tmux(command, 160, 50, List.of("XDG_DATA_HOME=" + home, "XDG_STATE_HOME=" + home))) {
            tmux.waitFor("boxoffice=#", Duration.ofSeconds(90));
            assertThat(tmux.history()).containsPattern("(?m)^  primary\\s+primary\\s+postgresql://")
                    .containsPattern("(?m)^  standby\\s+primary\\s+postgresql://")
                    .containsPattern("(?m)^  pooler\\s+pooler\\s+postgresql://");
        }
    }

    /**
     * A mistyped server name: psql's message for a host that resolves to nothing, then the names
     * this drill has; a script ends there with psql's status 2, as psql's does.
     */
    @Test
    void aMistypedServerNameListsTheDrillsServers() throws Exception {
        RideProcess.Result r = RideProcess.run("\\c app - stanby\nselect 1;\n", List.of("RIDE_SCENARIOS=" + SCENARIOS),
                "postgres", "start", ID, "--engine", "embedded");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
        assertThat(r.stderr()).contains("\\connect: could not translate host name \"stanby\" to address: Name or service not known\n"
                + "The servers of this drill are primary, standby, pooler.");
        assertThat(r.stdout()).doesNotContain("(1 row)");
    }
}

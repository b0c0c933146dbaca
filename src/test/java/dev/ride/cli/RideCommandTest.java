package dev.ride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RideCommandTest {

    private static final String[] ALL = {"postgres", "scenarios", "scenario", "demo", "sandbox", "progress",
            "paths", "psql", "completion", "doctor", "cache", "help"};

    @Test
    void aCommandNamedFirstGetsOnlyItsOwnBranch() {
        assertThat(RideCommand.commandLine("psql", "-c", "select 1").getSubcommands()).containsOnlyKeys("psql");
        assertThat(RideCommand.commandLine("postgres", "start", "x").getSubcommands()).containsOnlyKeys("postgres");
        assertThat(RideCommand.commandLine("sandbox", "ls").getSubcommands()).containsOnlyKeys("sandbox");
    }

    @Test
    void helpCompletionTyposAndRideOptionsGetTheWholeTree() {
        for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"help", "psql"}, {"completion"},
                {"scenaros"}, {"pqsl"}}) {
            assertThat(RideCommand.commandLine(args).getSubcommands()).as(String.join(" ", args)).containsOnlyKeys(ALL);
        }
    }

    @Test
    void aTypoStillGetsASuggestion() {
        var err = new java.io.StringWriter();
        var cli = RideCommand.commandLine("scenaros");
        cli.setErr(new java.io.PrintWriter(err));
        cli.execute("scenaros");
        assertThat(err.toString()).contains("scenarios");
    }
}

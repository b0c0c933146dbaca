package dev.ride.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.testing.TestDocker;
import dev.ride.testing.TestEngines;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sandbox dies under a learner who is typing into ride through a pipe (the postmaster
 * killed; the container removed): the next statement gets a clear message, not a stack trace,
 * nothing hangs, and ride ends the way psql ends a script whose server went away.
 */
class SandboxKilledMidSessionIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";

    @Test
    void embeddedPostmasterKilled() throws Exception {
        try (LiveRide ride = LiveRide.start(List.of(), TestEngines.args("embedded", "postgres", "start", SEED))) {
            int at = runProbe(ride, "before-kill");
            List<Path> dirs = Leftovers.sandboxDirs(ride.pid());
            assertThat(dirs).hasSize(1);
            long postmaster = Leftovers.postmasterPid(dirs.get(0));
            // the whole server at once: a backend outlives a killed postmaster for a moment and
            // could still answer the next statement, which made this test race
            new ProcessBuilder("pkill", "-KILL", "-P", Long.toString(postmaster)).start().waitFor();
            new ProcessBuilder("kill", "-9", Long.toString(postmaster)).start().waitFor();
            afterTheSandboxDied(ride, at);
        }
    }

    @Test
    void dockerContainerRemoved() throws Exception {
        TestDocker.require();
        try (LiveRide ride = LiveRide.start(List.of(), TestEngines.args("docker", "postgres", "start", SEED))) {
            int at = runProbe(ride, "before-kill");
            List<String> containers = Leftovers.containers(List.of(ride.pid()));
            assertThat(containers).hasSize(1);
            Leftovers.docker("rm", "-f", containers.get(0).split(" ")[0]);
            afterTheSandboxDied(ride, at);
        }
    }

    private static int runProbe(LiveRide ride, String word) throws Exception {
        ride.send("select '" + word + "' as probe;");
        return ride.waitForStdout(word, 0, Duration.ofSeconds(120));
    }

    private static void afterTheSandboxDied(LiveRide ride, int stdoutAt) throws Exception {
        ride.send("select 'after-kill' as probe;");
        ride.send(":submit --json");
        ride.closeStdin();
        int exit = ride.waitForExit(Duration.ofSeconds(60));
        String err = ride.stderr();
        // psql's own words and exit status for a script whose server went away (psql -f does the same)
        assertThat(exit).as("exit status; stderr:\n%s", err).isEqualTo(2);
        assertThat(err).contains("server closed the connection unexpectedly").contains("connection to server was lost")
                .doesNotContain("\tat ").doesNotContainPattern("\\w+Exception");
        // short: psql's lines for a lost server, plus, when a backend outlived the others for a
        // moment, the server's own three-line crash warning, which psql prints as well
        long serverWarning = err.lines().filter(line -> line.startsWith("WARNING:  terminating connection because of crash")
                || line.startsWith("DETAIL:  The postmaster has commanded") || line.startsWith("HINT:  In a moment")).count();
        assertThat(err.lines().count() - serverWarning).as("stderr:\n%s", err).isLessThanOrEqualTo(6);
        // what ran before stays printed; nothing ran after
        assertThat(ride.stdout().substring(0, stdoutAt)).contains("before-kill");
        assertThat(ride.stdout()).doesNotContain("after-kill");
    }
}

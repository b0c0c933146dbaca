package dev.ride.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.ride.e2e.RideProcess;
import dev.ride.sandbox.Tree;
import dev.ride.testing.TestDocker;
import dev.ride.testing.TestEngines;

/**
 * {@code kill -9} of ride while the docker engine prepares a scenario's image (its setup SQL
 * running in the first container): no image is left for later runs to use, and the next run
 * removes the container, prepares the image itself and leaves no container either.
 */
class KilledWhilePreparingIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";

    private final String id = "stage-09/killed-prep-" + UUID.randomUUID().toString().substring(0, 8);
    private Path scenarios;

    @AfterEach
    void removeImagesAndCopy() throws Exception {
        for (String image : preparedImages()) {
            Leftovers.docker("image", "rm", "-f", image);
        }
        if (scenarios != null) {
            Tree.delete(scenarios);
        }
    }

    @Test
    void aRunKilledWhilePreparingLeavesNoImageAndTheNextRunCleansUp() throws Exception {
        TestDocker.require();
        scenarios = Files.createTempDirectory("ride-killed-prep");
        Tree.copy(RideProcess.projectDir().resolve("scenarios").resolve(SEED), scenarios.resolve(id));
        List<String> env = List.of("RIDE_SCENARIOS=" + scenarios, "RIDE_TRACE_START=1");

        long killed;
        try (LiveRide ride = LiveRide.start(env, TestEngines.args("docker", "postgres", "start", id))) {
            killed = ride.pid();
            // the first container accepted its login: the scenario's setup SQL runs now
            ride.waitForStderr("ride docker start: ready, login ", 0, Duration.ofSeconds(90));
            ride.kill9();
        }
        assertThat(preparedImages()).as("prepared images after the kill").isEmpty();
        assertThat(Leftovers.containers(List.of(killed))).as("the killed run's container").hasSize(1);

        long normal;
        try (LiveRide ride = LiveRide.start(env, TestEngines.args("docker", "postgres", "start", id))) {
            normal = ride.pid();
            ride.send("select 'warm-probe' as probe;");
            ride.waitForStdout("warm-probe", 0, Duration.ofSeconds(90));
            ride.closeStdin();
            assertThat(ride.waitForExit(Duration.ofSeconds(60))).as("exit code; stderr:\n%s", ride.stderr()).isZero();
            // this run reaps the killed run's container, unless a ride started meanwhile by another test
            // JVM did so first (any start reaps every dead run's containers): either way none is
            // left, which the assertion below checks
            assertThat(ride.stderr()).contains("commit");
        }
        assertThat(Leftovers.containers(List.of(killed, normal))).as("containers left").isEmpty();
        assertThat(preparedImages()).as("the image the normal run prepared").hasSize(1);
    }

    private List<String> preparedImages() throws IOException, InterruptedException {
        return Leftovers.docker("images", "-q", "--filter", "label=dev.ride=prepared",
                "--filter", "label=dev.ride.scenario=" + id).lines().filter(l -> !l.isBlank()).distinct().toList();
    }
}

package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.Solution;
import dev.ride.testing.TestEngines;

/**
 * The reference solutions of the scenarios whose fix is {@code repoint-pooler} or {@code choose}
 * replayed on the docker engine through the real entry point: the same card as on embedded
 * (SolutionReplayIT replays the rest of the catalog on embedded only).
 */
class DockerTopologyReplayIT {

    @ParameterizedTest(name = "docker: {0} / reference")
    @ValueSource(strings = {"stage-08/02-manual-replica-promotion", "stage-03/06-prepared-statements-vs-pooling"})
    void theReferenceGivesItsCardOnDocker(String id) throws Exception {
        Scenario scenario = ScenarioCatalog.scan(RideProcess.projectDir().resolve("scenarios")).scenarios().stream()
                .filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        Solution reference = scenario.solutions().stream().filter(s -> s.name().equals("reference")).findFirst().orElseThrow();
        assertThat(Files.readString(reference.transcript())).as("the reference uses an action this test is about")
                .containsPattern(":action (repoint-pooler|choose) ");

        RideProcess.Result result = RideProcess.run(Files.readString(reference.transcript()),
                TestEngines.args("docker", "postgres", "start", id));

        ReplayedCard.assertExpected(reference, result);
    }
}

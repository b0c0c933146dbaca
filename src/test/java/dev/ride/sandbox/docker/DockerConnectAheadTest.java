package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which `postgres start` arguments begin a connection to the daemon before picocli has read them. */
class DockerConnectAheadTest {

    @Test
    void autoByDefaultWithItsShortPing() {
        assertThat(DockerConnectAhead.settingsFor(List.of("stage-01/01-x")))
                .contains(DockerSettings.fromEnvironment(Optional.empty()).withAnswerWithin(DockerEngines.AUTO_ANSWER_WITHIN));
    }

    @Test
    void dockerWithItsImageInEitherSpelling() {
        DockerSettings expected = DockerSettings.fromEnvironment(Optional.of("ride/postgres:15-offline"));
        assertThat(DockerConnectAhead.settingsFor(List.of("s", "--engine", "docker", "--image", "ride/postgres:15-offline")))
                .contains(expected);
        assertThat(DockerConnectAhead.settingsFor(List.of("--engine=docker", "s", "--image=ride/postgres:15-offline")))
                .contains(expected);
    }

    @Test
    void noneForAnotherEngineOrAServerGiven() {
        assertThat(DockerConnectAhead.settingsFor(List.of("s", "--engine", "embedded"))).isEmpty();
        assertThat(DockerConnectAhead.settingsFor(List.of("s", "--engine=podman"))).isEmpty();
        assertThat(DockerConnectAhead.settingsFor(List.of("s", "--jdbc-url", "jdbc:postgresql://127.0.0.1/x"))).isEmpty();
    }
}

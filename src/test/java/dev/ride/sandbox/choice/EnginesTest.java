package dev.ride.sandbox.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import dev.ride.sandbox.EngineOptions;
import dev.ride.sandbox.ExternalEngine;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.embedded.EmbeddedEngine;

class EnginesTest {

    @Test
    void picksEnginesByName() {
        assertThat(Engines.forName("embedded", EngineOptions.defaults())).isInstanceOf(EmbeddedEngine.class);
        // "auto" without --jdbc-url depends on a Docker daemon: see dev.ride.sandbox.docker.EngineChoiceTest
        assertThat(Engines.forName("external", EngineOptions.defaults().withJdbcUrl("jdbc:postgresql://h/db")))
                .isInstanceOf(ExternalEngine.class);
        assertThat(Engines.forName("auto", EngineOptions.defaults().withJdbcUrl("jdbc:postgresql://h/db")))
                .isInstanceOf(ExternalEngine.class);
    }

    @Test
    void externalWithoutUrlSaysWhatToPass() {
        assertThatThrownBy(() -> Engines.forName("external", EngineOptions.defaults()))
                .isInstanceOf(SandboxException.class)
                .hasMessageStartingWith("--engine external needs --jdbc-url");
    }

    @Test
    void unknownEngineListsTheKnownOnes() {
        assertThatThrownBy(() -> Engines.forName("podmn", EngineOptions.defaults()))
                .isInstanceOf(SandboxException.class)
                .hasMessage("Unknown engine 'podmn': use one of auto, docker, podman, embedded, external.");
    }
}

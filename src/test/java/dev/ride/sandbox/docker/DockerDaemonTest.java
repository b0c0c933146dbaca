package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import com.github.dockerjava.api.exception.InternalServerErrorException;

/** The few words a failure is reduced to inside the one-sentence messages. */
class DockerDaemonTest {

    @Test
    void takesTheDaemonsOwnMessageOutOfAnErrorAnswer() {
        assertThat(DockerDaemon.rootMessage(new InternalServerErrorException(
                "{\"message\":\"pull access denied for ride/x, repository does not exist\"}\n")))
                .isEqualTo("pull access denied for ride/x, repository does not exist");
    }

    @Test
    void takesTheInnermostCauseOtherwise() {
        RuntimeException wrapped = new RuntimeException("outer", new IOException("middle",
                new ConnectException("Connection refused")));
        assertThat(DockerDaemon.rootMessage(wrapped)).isEqualTo("connection refused");
        assertThat(DockerDaemon.rootMessage(new RuntimeException("Status 404: not json"))).isEqualTo("status 404: not json");
        assertThat(DockerDaemon.rootMessage(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}

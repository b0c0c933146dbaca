package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiVersionsTest {

    @ParameterizedTest(name = "daemon {0} (min {1}) -> {2}")
    @CsvSource(nullValues = "none", value = {
            // Debian 12 docker.io, Engine 20.10: speak its own version, not docker-java's newer default
            "1.41, 1.12, 1.41",
            "1.43, 1.12, 1.43",
            "1.44, 1.24, 1.44",
            // Docker 29 answers 1.52 and refuses below 1.44: the newest docker-java knows is accepted
            "1.52, 1.44, 1.44",
            // a future daemon that refuses everything docker-java knows: its minimum is the best bet
            "1.60, 1.50, 1.50",
            "1.41, none, 1.41",
            "1.9,  none, 1.9",
            "2.1,  none, 1.44",
    })
    void speaksTheDaemonsVersionCappedAtTheClientsNewest(String daemon, String min, String expected) {
        assertThat(ApiVersions.negotiate(daemon, min).getVersion()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"none", "''", "banana"})
    void refusesADaemonWithoutAVersion(String daemon) {
        assertThatThrownBy(() -> ApiVersions.negotiate(daemon, "1.12")).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"15m, 900", "90s, 90", "1h, 3600", "1h30m, 5400", "2m5s, 125", "' 10m ', 600"})
    void parsesWhatPeopleWrite(String text, long seconds) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "15", "15 m", "m", "0m", "1.5h", "15min", "99999999999999999999h"})
    void rejectsAnythingElseWithTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15m");
    }

    @ParameterizedTest
    @CsvSource({"900, 15m", "90, 1m30s", "3600, 1h", "5400, 1h30m", "45, 45s"})
    void formatsBackToTheShortestText(long seconds, String text) {
        assertThat(Durations.format(Duration.ofSeconds(seconds))).isEqualTo(text);
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofSeconds(seconds));
    }
}

package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.ride.scenario.Solution;

/**
 * A replayed solution's card against its expected .card.json: everything but what varies from run
 * to run (elapsed time, the limit of an untimed drill, hint times, the timeline).
 */
public final class ReplayedCard {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplayedCard() {
    }

    public static void assertExpected(Solution solution, RideProcess.Result result) throws Exception {
        assertThat(result.exitCode()).as("exit code; stderr:\n%s", result.stderr()).isZero();
        ObjectNode actual = (ObjectNode) JSON.readTree(result.lastJsonLine());
        assertThat(actual.get("elapsed_s").isIntegralNumber()).isTrue();
        actual.remove("elapsed_s");
        // an untimed replay: no limit; the transcripts take no hints unless their card says so
        assertThat(actual.remove("limit_s").isNull()).as("limit_s of an untimed drill").isTrue();
        assertThat(actual.remove("hints").isArray()).isTrue();
        // when the application failed and recovered varies by milliseconds: never part of a stored card
        JsonNode timeline = actual.remove("timeline");
        assertThat(timeline.isArray()).isTrue();
        JsonNode expected = JSON.readTree(Files.readString(solution.card()));
        // ... yet it is in the report of a card that differs, which a CI log must explain alone
        assertThat(actual).as("card of %s (timeline: %s)", solution.name(), timeline).isEqualTo(expected);
    }
}

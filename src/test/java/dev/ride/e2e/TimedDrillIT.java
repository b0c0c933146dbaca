package dev.ride.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A timed drill in script mode: at zero the running query is cancelled and the card printed. */
class TimedDrillIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void atZeroTheWorkIsSubmittedAndRideExitsZero() throws Exception {
        long start = System.nanoTime();
        RideProcess.Result r = RideProcess.run(":hint\nSELECT pg_sleep(60);\nSELECT 'never reached';\n",
                "postgres", "start", SEED, "--engine", "embedded", "--timed", "3s");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertThat(r.exitCode()).as("stderr:\n%s", r.stderr()).isZero();
        assertThat(seconds).as("ended by the timer, not by pg_sleep").isLessThan(50);
        assertThat(r.stderr()).contains("Time is up: submitting your work.");
        assertThat(r.stdout()).doesNotContain("never reached");
        JsonNode card = JSON.readTree(r.lastJsonLine());
        assertThat(card.get("elapsed_s").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(card.get("limit_s").asLong()).isEqualTo(3);
        assertThat(card.get("hints")).hasSize(1);
        assertThat(card.get("hints").get(0).get("n").asInt()).isEqualTo(1);
        assertThat(card.get("hints").get(0).get("at_s").asLong()).isLessThanOrEqualTo(3);
        assertThat(card.get("total").asInt()).isZero();
        // the new fields come after the documented ones
        assertThat(r.lastJsonLine()).matches("\\{\"scenario\":.*\"total\":0,\"max\":\\d+,\"elapsed_s\":\\d+,\"limit_s\":3,\"hints\":\\[.*\\]\\}");
    }
}

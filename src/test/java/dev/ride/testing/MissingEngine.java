package dev.ride.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * How a test stops when an engine it needs is not here: under {@code CI=true} as a failure, since
 * CI must run every engine's tests; elsewhere as a skip with the reason, so a machine without
 * Docker or Podman can still run the rest of the suite.
 */
final class MissingEngine {

    private MissingEngine() {
    }

    /** Stops the test: {@code engine} ("Docker", "Podman") is not available, for {@code why}. */
    static void stop(String engine, String why) {
        String message = engine + " is not available to the tests: " + why;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true requires the " + engine + " tests to run)");
        }
        Assumptions.abort(message);
    }
}

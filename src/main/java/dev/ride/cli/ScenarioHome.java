package dev.ride.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the scenario catalog lives: $RIDE_SCENARIOS, else the checkout scripts/ride runs from, else ./scenarios. */
final class ScenarioHome {
    private ScenarioHome() {
    }

    static Path locate() {
        String env = System.getenv("RIDE_SCENARIOS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty("ride.home");
        if (home != null && Files.isDirectory(Path.of(home, "scenarios"))) {
            return Path.of(home, "scenarios");
        }
        return Path.of("scenarios");
    }
}

package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.PreparedState;

class PreparedScenarioTest {

    @TempDir
    Path dir;

    @Test
    void isKeyedByTheFingerprintOfTheScenarioFolder() throws IOException {
        Path folder = TinyScenario.write(dir, "ride_it_prepared", "CREATE TABLE t (id int);\n");
        Scenario scenario = ScenarioLoader.load(folder, "stage-00/prepared");

        assertThat(PreparedScenario.of(scenario).key()).isEqualTo(ScenarioFingerprint.of(folder));
    }

    @Test
    void needsNoParsedManifestUntilItInstalls() throws IOException {
        Path folder = TinyScenario.write(dir, "ride_it_lazy", "CREATE TABLE t (id int);\n");

        PreparedState state = PreparedScenario.of(folder, () -> {
            throw new AssertionError("a warm start must not wait for the manifest");
        });

        assertThat(state.key()).isEqualTo(ScenarioFingerprint.of(folder));
    }
}

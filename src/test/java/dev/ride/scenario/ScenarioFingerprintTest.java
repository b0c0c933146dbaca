package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void theFingerprintFollowsTheSetupFiles() throws IOException {
        Path folder = TinyScenario.write(dir, "ride_it_fp", "CREATE TABLE t (id int);\n");
        String before = ScenarioFingerprint.of(ScenarioLoader.load(folder, "stage-00/fp"));
        assertThat(ScenarioFingerprint.of(ScenarioLoader.load(folder, "stage-00/fp"))).isEqualTo(before);

        Files.writeString(folder.resolve("setup/schema.sql"), "CREATE TABLE t (id bigint);\n");

        assertThat(ScenarioFingerprint.of(ScenarioLoader.load(folder, "stage-00/fp"))).isNotEqualTo(before).hasSize(64);
        assertThat(ScenarioFingerprint.of(SeedScenario.load())).isNotEqualTo(before);
    }

    @Test
    void theFolderFingerprintIgnoresSolutionsButNotTheManifest() throws IOException {
        Path folder = TinyScenario.write(dir, "ride_it_fp2", "CREATE TABLE t (id int);\n");
        String before = ScenarioFingerprint.of(folder);
        assertThat(ScenarioFingerprint.of(ScenarioLoader.load(folder, "stage-00/fp2")))
                .as("a loaded scenario has its folder's fingerprint").isEqualTo(before);

        Files.createDirectories(folder.resolve("solutions"));
        Files.writeString(folder.resolve("solutions/reference.txt"), "select 1;\n");
        assertThat(ScenarioFingerprint.of(folder)).as("solutions are not installed").isEqualTo(before);

        Files.writeString(folder.resolve("scenario.yaml"), Files.readString(folder.resolve("scenario.yaml")) + "\n# edited\n");
        String edited = ScenarioFingerprint.of(folder);
        assertThat(edited).as("the manifest says what is installed").isNotEqualTo(before);

        Files.writeString(folder.resolve("setup/more.sql"), "SELECT 1;\n");
        assertThat(ScenarioFingerprint.of(folder)).as("any other file may be a setup file").isNotEqualTo(edited);
    }
}

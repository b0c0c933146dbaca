package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Image;

import dev.ride.sandbox.Tree;
import dev.ride.testing.TestDocker;

/**
 * Docker warm starts through the real entry point: a copy of the seed under RIDE_SCENARIOS is
 * prepared once (its setup SQL runs in the first run only), a changed setup file makes a new
 * prepared image and drops the old one, and every run's card and connection string are its own.
 */
class DockerWarmStartIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final String SCENARIO_LABEL = "dev.ride.scenario";
    private static final String FINGERPRINT_LABEL = "dev.ride.prepared.fingerprint";

    private final String id = "stage-09/warm-it-" + UUID.randomUUID().toString().substring(0, 8);
    private Path scenarios;
    private DockerClient client;

    @AfterEach
    void removeImagesAndCopy() throws IOException {
        if (client != null) {
            for (Image image : preparedImages()) {
                client.removeImageCmd(image.getId()).withForce(true).exec();
            }
        }
        if (scenarios != null) {
            Tree.delete(scenarios);
        }
    }

    @Test
    void secondRunStartsFromThePreparedImageAndAChangedSetupReplacesIt() throws Exception {
        String image = TestDocker.image();
        client = TestDocker.daemon().client();
        scenarios = Files.createTempDirectory("ride-warm-it");
        Path copy = scenarios.resolve(id);
        Tree.copy(RideProcess.projectDir().resolve("scenarios").resolve(SEED), copy);

        Run first = run(image);
        assertThat(first.trace).as("first run prepares").contains("install", "commit");
        List<Image> afterFirst = preparedImages();
        assertThat(afterFirst).hasSize(1);

        Run second = run(image);
        assertThat(second.trace).as("second run: no setup SQL, no commit").doesNotContain("install", "commit");
        assertThat(preparedImages()).extracting(Image::getId).containsExactly(afterFirst.get(0).getId());
        assertThat(second.url).as("a new password per run").isNotEqualTo(first.url);

        Files.writeString(copy.resolve("setup/schema.sql"), "\n-- changed by DockerWarmStartIT\n",
                StandardOpenOption.APPEND);
        Run third = run(image);
        assertThat(third.trace).as("a changed scenario is prepared again").contains("install", "commit");
        List<Image> afterChange = preparedImages();
        assertThat(afterChange).hasSize(1);
        assertThat(afterChange.get(0).getId()).isNotEqualTo(afterFirst.get(0).getId());
        assertThat(afterChange.get(0).getLabels().get(FINGERPRINT_LABEL))
                .isNotEqualTo(afterFirst.get(0).getLabels().get(FINGERPRINT_LABEL));
    }

    /** What one run showed: its start-up trace (stderr) and the connection string it printed. */
    private record Run(String trace, String url) {
    }

    private Run run(String image) throws Exception {
        RideProcess.Result result = RideProcess.run("\\conninfo\nselect count(*) from orders;\n\\q\n",
                List.of("RIDE_SCENARIOS=" + scenarios, "RIDE_TRACE_START=1"),
                "postgres", "start", id, "--engine", "docker", "--image", image);
        assertThat(result.exitCode()).as("exit code; stderr:\n%s", result.stderr()).isZero();
        String url = result.stdout().lines().filter(l -> l.contains("postgresql://")).findFirst().orElse("");
        assertThat(url).as("connection string in:\n%s", result.stdout()).isNotEmpty();
        return new Run(result.stderr(), url);
    }

    private List<Image> preparedImages() {
        return client.listImagesCmd().withLabelFilter(Map.of("dev.ride", "prepared", SCENARIO_LABEL, id)).exec();
    }
}

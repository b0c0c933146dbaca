package dev.ride.sandbox.docker;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;

import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;

/**
 * The real daemon and image the Docker tests run against. No daemon (or no test image): under
 * {@code CI=true} the test fails, since CI must run them; elsewhere it is skipped with the reason.
 */
final class DockerTests {

    /** Built offline by scripts/build-offline-image.sh; CI exports the tag it built as RIDE_TEST_IMAGE. */
    static final String DEFAULT_TEST_IMAGE = "ride/postgres:15-offline";

    private static DockerDaemon daemon;

    private DockerTests() {
    }

    static synchronized DockerDaemon daemon() {
        if (daemon == null) {
            try {
                daemon = DockerDaemon.connect(Optional.empty(), Duration.ofSeconds(5));
            } catch (DockerUnavailableException e) {
                unavailable(e.getMessage() + " Start one with scripts/docker/start-dockerd.sh.");
            }
        }
        return daemon;
    }

    static String image() {
        String image = Optional.ofNullable(System.getenv("RIDE_TEST_IMAGE")).filter(s -> !s.isBlank())
                .orElse(DEFAULT_TEST_IMAGE);
        try {
            daemon().client().inspectImageCmd(image).exec();
        } catch (NotFoundException e) {
            unavailable("The test image " + image + " is not built: run scripts/build-offline-image.sh.");
        }
        return image;
    }

    static DockerSettings settings() {
        return DockerSettings.fromEnvironment(Optional.of(image()));
    }

    /** An engine on the shared daemon whose console output is kept in {@code console}. */
    static DockerEngine engine(ByteArrayOutputStream console) {
        return new DockerEngine(daemon(), settings(), new PrintStream(console, true, StandardCharsets.UTF_8), false);
    }

    static DockerEngine engine() {
        return engine(new ByteArrayOutputStream());
    }

    /**
     * Builds {@code tag} from the test image with {@code script} as the whole entrypoint (offline: the
     * base is local). {@code sh -c} ignores the {@code -c} settings the engine appends as arguments.
     */
    static String imageWithEntrypoint(String tag, String script, Path dir) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM " + image() + "\n"
                + "ENTRYPOINT [\"sh\", \"-c\", \"" + script.replace("\"", "\\\"") + "\"]\n");
        daemon().client().buildImageCmd(dir.toFile()).withTags(Set.of(tag))
                .exec(new BuildImageResultCallback()).awaitImageId();
        return tag;
    }

    static void removeImage(String tag) {
        daemon().client().removeImageCmd(tag).withForce(true).exec();
    }

    private static void unavailable(String why) {
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true requires the Docker tests to run: " + why);
        }
        Assumptions.abort("Docker test skipped: " + why);
    }
}

package dev.ride.sandbox.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import com.github.dockerjava.api.command.BuildImageResultCallback;

import dev.ride.testing.TestDocker;

/**
 * The Docker engine tests' fixtures on the real daemon and test image. Whether Docker is here at
 * all is {@link TestDocker}'s answer, shared with every other test that needs it.
 */
final class DockerTests {

    private DockerTests() {
    }

    static DockerDaemon daemon() {
        return TestDocker.daemon();
    }

    static String image() {
        return TestDocker.image();
    }

    static DockerSettings settings() {
        return DockerSettings.fromEnvironment(Optional.of(image()));
    }

    /** An engine on the shared daemon whose console output is kept in {@code console}. */
    static DockerEngine engine(ByteArrayOutputStream console) {
        return new DockerEngine(daemon(), settings(), new PrintStream(console, true, StandardCharsets.UTF_8));
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
}

package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.embedded.EmbeddedEngine;

/** {@code --engine docker} and {@code --engine auto} with and without a daemon, and without the image. */
class EngineChoiceTest {

    @TempDir
    Path dir;

    @Test
    void dockerWithNothingListeningAtDockerHostSaysWhatToDo() throws Exception {
        Path socket = DockerFailureTest.staleSocket(dir);
        Result result = choose("docker", "unix://" + socket);
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.stdout).isEqualTo("error=No Docker daemon answered at unix://" + socket
                + " (connection refused): start Docker (or point DOCKER_HOST at a running daemon), or use"
                + " --engine embedded.\n");
    }

    @Test
    void autoWithNothingListeningAtDockerHostFallsBackToEmbeddedAndSaysWhy() throws Exception {
        Path socket = DockerFailureTest.staleSocket(dir);
        // no Podman either (CONTAINER_HOST names the one place to look)
        Result result = choose("auto", Map.of("DOCKER_HOST", "unix://" + socket,
                "CONTAINER_HOST", "unix://" + dir.resolve("no-podman.sock")));
        assertThat(result.exit).isZero();
        assertThat(result.stdout).isEqualTo("engine=embedded\n");
        assertThat(result.stderr).contains("No Docker daemon answered at unix://" + socket
                + " (connection refused); using the embedded engine.\n");
    }

    /** Fedora, RHEL: no Docker daemon, Podman's socket speaks its API and has the image. */
    @Test
    void autoTakesPodmanWhenNoDockerAnswers() throws Exception {
        String image = dev.ride.testing.TestPodman.image();
        Path socket = DockerFailureTest.staleSocket(dir);
        Result result = choose("auto", Map.of("DOCKER_HOST", "unix://" + socket,
                "CONTAINER_HOST", PodmanSockets.present().get(0), DockerSettings.IMAGE_ENV, image));
        assertThat(result.exit).as(result.stderr).isZero();
        assertThat(result.stdout).isEqualTo("engine=podman\n");
        assertThat(result.stderr).isEmpty();
    }

    @Test
    void podmanWithNoSocketSaysHowToStartOne() throws Exception {
        Result result = choose("podman", Map.of("CONTAINER_HOST", "unix://" + dir.resolve("no-podman.sock")));
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.stdout).startsWith("error=No Podman socket answers (looked at " + dir.resolve("no-podman.sock")
                + "): start one with `systemctl --user start podman.socket` (rootless)");
    }

    @Test
    void autoTakesDockerWhenADaemonAnswersAndTheImageIsThere() {
        DockerTests.daemon();
        ByteArrayOutputStream notices = new ByteArrayOutputStream();
        SandboxEngine engine = DockerEngines.dockerOr(DockerTests.settings(), EmbeddedEngine::new,
                new PrintStream(notices, true, StandardCharsets.UTF_8));
        assertThat(engine).isInstanceOf(DockerEngine.class);
        assertThat(((DockerEngine) engine).image()).isEqualTo(DockerTests.image());
        assertThat(notices.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void autoTakesEmbeddedWithoutTryingAPullWhenTheDaemonHasNotTheImage() {
        DockerTests.daemon(); // skip or fail here, with the reason, when there is no daemon
        List<String> requests = new CopyOnWriteArrayList<>();
        DockerDaemon daemon = DockerDaemon.connect(Optional.empty(), Duration.ofSeconds(5),
                http -> new RecordingTransport(http, requests));
        ByteArrayOutputStream notices = new ByteArrayOutputStream();
        PrintStream noticeStream = new PrintStream(notices, true, StandardCharsets.UTF_8);
        DockerEngine docker = new DockerEngine(daemon, DockerTests.settings().withImage("ride/does-not-exist:0"),
                noticeStream);
        SandboxEngine engine = DockerEngines.dockerWithLocalImageOr(docker, EmbeddedEngine::new, noticeStream);
        assertThat(engine).isInstanceOf(EmbeddedEngine.class);
        assertThat(notices.toString(StandardCharsets.UTF_8)).isEqualTo("The Docker image ride/does-not-exist:0 is"
                + " not local (ride does not pull images); using the embedded engine.\n");
        assertThat(requests).as("the image was looked up")
                .anySatisfy(r -> assertThat(r).matches("GET /v[0-9.]+/images/ride%2Fdoes-not-exist:0/json"))
                .as("and no pull was tried").noneSatisfy(r -> assertThat(r).contains("/images/create"));
    }

    @Test
    void dockerWithAnImageTheDaemonHasNotSaysHowToGetOneInOneSentence() throws Exception {
        DockerTests.daemon();
        Result docker = choose("docker", Map.of(DockerSettings.IMAGE_ENV, "ride/does-not-exist:0"));
        assertThat(docker.exit).isEqualTo(1);
        assertThat(docker.stdout).isEqualTo("error=The image ride/does-not-exist:0 is not on this Docker daemon, and"
                + " ride does not pull images: build ride's offline image with scripts/build-offline-image.sh and"
                + " pass --image ride/postgres:15-offline (or set RIDE_IMAGE), pull ride/does-not-exist:0"
                + " yourself, or use --engine embedded.\n");
        assertThat(docker.stderr).isEmpty();
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    /** Runs {@link PrintChosenEngine} in a new JVM with {@code DOCKER_HOST} set. */
    private Result choose(String engine, String dockerHost) throws IOException, InterruptedException {
        return choose(engine, Map.of("DOCKER_HOST", dockerHost));
    }

    /** Runs {@link PrintChosenEngine} in a new JVM with {@code environment} added to this one's. */
    private Result choose(String engine, Map<String, String> environment) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PrintChosenEngine.class.getName(), engine))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("DOCKER_CONTEXT");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}

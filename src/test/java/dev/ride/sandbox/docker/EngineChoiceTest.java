package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.embedded.EmbeddedEngine;

/** {@code --engine docker} and {@code --engine auto} with and without a daemon. */
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
        Result result = choose("auto", "unix://" + socket);
        assertThat(result.exit).isZero();
        assertThat(result.stdout).isEqualTo("engine=embedded\n");
        assertThat(result.stderr).contains("No Docker daemon answered at unix://" + socket
                + " (connection refused); using the embedded engine.\n");
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
    void autoFallsBackToEmbeddedWhenTheImageCannotBePulled() {
        DockerTests.daemon();
        ByteArrayOutputStream notices = new ByteArrayOutputStream();
        SandboxEngine engine = DockerEngines.dockerOr(DockerTests.settings().withImage("ride/does-not-exist:0"),
                EmbeddedEngine::new, new PrintStream(notices, true, StandardCharsets.UTF_8));
        assertThat(engine).isInstanceOf(EmbeddedEngine.class);
        assertThat(notices.toString(StandardCharsets.UTF_8))
                .containsPattern("The image ride/does-not-exist:0 could not be pulled \\(.+\\); using the embedded"
                        + " engine\\.\n$");
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    /** Runs {@link PrintChosenEngine} in a new JVM with {@code DOCKER_HOST} set. */
    private Result choose(String engine, String dockerHost) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PrintChosenEngine.class.getName(), engine))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("DOCKER_HOST", dockerHost);
        builder.environment().remove("DOCKER_CONTEXT");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}

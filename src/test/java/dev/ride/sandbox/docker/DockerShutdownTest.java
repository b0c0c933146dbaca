package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;

/** A real ride JVM holding a container, ended by SIGTERM (also while the server starts) or by {@code kill -9}. */
class DockerShutdownTest {

    @Test
    void sigtermRemovesTheContainerThroughTheShutdownHook() throws Exception {
        DockerClient client = DockerTests.daemon().client();
        Process ride = startHolder();
        String container = containerOf(ride);
        assertThat(client.inspectContainerCmd(container).exec().getState().getRunning()).isTrue();

        ride.destroy(); // SIGTERM
        assertThat(ride.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> client.inspectContainerCmd(container).exec()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void killMinus9LeavesTheContainerUntilTheNextStartReapsIt() throws Exception {
        DockerClient client = DockerTests.daemon().client();
        Process ride = startHolder();
        String container = containerOf(ride);

        ride.destroyForcibly(); // SIGKILL: no hook runs
        assertThat(ride.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(client.inspectContainerCmd(container).exec().getState().getRunning()).isTrue();

            DockerTests.engine().start("test/after-kill").close();

            assertThatThrownBy(() -> client.inspectContainerCmd(container).exec())
                    .isInstanceOf(NotFoundException.class);
        } finally {
            Containers.remove(client, container);
        }
    }

    @Test
    void sigtermWhileTheServerStartsRemovesTheContainerToo(@TempDir Path dir) throws Exception {
        DockerClient client = DockerTests.daemon().client();
        String neverReady = DockerTests.imageWithEntrypoint("ride/test-never-ready:1", "sleep 300", dir);
        try {
            Process ride = startHolder(neverReady, "test/never-ready");
            String container = awaitContainer(client, ride.pid(), "test/never-ready");

            ride.destroy(); // SIGTERM
            assertThat(ride.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> client.inspectContainerCmd(container).exec())
                    .isInstanceOf(NotFoundException.class);
        } finally {
            DockerTests.removeImage(neverReady);
        }
    }

    /** The container a child ride JVM created (it prints nothing while its server is not ready). */
    private static String awaitContainer(DockerClient client, long ownerPid, String label) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<Container> found = client.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(RideLabels.SCENARIO, label, RideLabels.OWNER_PID, Long.toString(ownerPid)))
                    .exec();
            if (!found.isEmpty() && "running".equals(found.get(0).getState())) {
                return found.get(0).getId();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child JVM created no container within 60 s");
    }

    private static Process startHolder() throws IOException {
        return startHolder(DockerTests.image(), "test/hold");
    }

    private static Process startHolder(String image, String label) throws IOException {
        return new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldSandbox.class.getName(), image, label))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** Reads the child's {@code container=<id>} line; kills it if it fails to start a sandbox. */
    private static String containerOf(Process ride) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(ride.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("container=")) {
            ride.destroyForcibly();
            throw new AssertionError("the child JVM did not start a sandbox; it printed: " + line);
        }
        return line.substring("container=".length());
    }
}

package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.SandboxException;

/** What a learner reads when the Docker engine cannot do its job, and that nothing is left behind. */
class DockerFailureTest {

    @Test
    void anImageThatIsNotLocalIsNotPulledAndTheMessageSaysHowToBuildOne() {
        DockerTests.daemon(); // skip or fail here, with the reason, when there is no daemon
        List<String> requests = new CopyOnWriteArrayList<>();
        DockerDaemon daemon = DockerDaemon.connect(Optional.empty(), Duration.ofSeconds(5),
                http -> new RecordingTransport(http, requests));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        DockerEngine engine = new DockerEngine(daemon, DockerTests.settings().withImage("ride/does-not-exist:0"),
                new PrintStream(console, true, StandardCharsets.UTF_8));
        assertThatThrownBy(() -> engine.start("test/not-local"))
                .isInstanceOf(ImageNotLocalException.class)
                .hasMessage("The image ride/does-not-exist:0 is not on this Docker daemon, and ride does not pull"
                        + " images: build ride's offline image with scripts/build-offline-image.sh and pass --image"
                        + " ride/postgres:15-offline (or set RIDE_IMAGE), pull ride/does-not-exist:0 yourself, or"
                        + " use --engine embedded.");
        assertThat(requests).as("the image was looked up")
                .anySatisfy(r -> assertThat(r).matches("GET /v[0-9.]+/images/ride%2Fdoes-not-exist:0/json"))
                .as("and no pull was tried").noneSatisfy(r -> assertThat(r).contains("/images/create"));
        assertThat(console.toString(StandardCharsets.UTF_8)).as("no pull progress").doesNotContain("Pull");
        assertThat(containersLabelled("test/not-local")).isZero();
    }

    @Test
    void aServerThatDoesNotComeUpInTimeIsRemovedAndItsLogShown() {
        DockerEngine engine = new DockerEngine(DockerTests.daemon(),
                DockerTests.settings().withReadyTimeout(Duration.ZERO),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThatThrownBy(() -> engine.start("test/not-ready"))
                .isInstanceOf(SandboxException.class)
                .hasMessageStartingWith("The PostgreSQL container did not accept a login within 0 s (last error: ")
                .hasMessageContaining("; its log ends with:\n");
        assertThat(containersLabelled("test/not-ready")).isZero();
    }

    @Test
    void aServerThatExitsDuringStartUpIsRemovedAndItsLogShown(@TempDir Path dir) throws IOException {
        String broken = DockerTests.imageWithEntrypoint("ride/test-exits:1",
                "echo 'FATAL:  ride test: refusing to start' >&2; exit 3", dir);
        try {
            DockerEngine engine = new DockerEngine(DockerTests.daemon(), DockerTests.settings().withImage(broken),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThatThrownBy(() -> engine.start("test/exits"))
                    .isInstanceOf(SandboxException.class)
                    .hasMessage("The PostgreSQL container stopped during start-up (exit code 3); its log ends with:\n"
                            + "FATAL:  ride test: refusing to start");
            assertThat(containersLabelled("test/exits")).isZero();
        } finally {
            DockerTests.removeImage(broken);
        }
    }

    @Test
    void noDaemonBehindTheSocketSaysWhatToDo(@TempDir Path dir) throws IOException {
        Path socket = staleSocket(dir);
        DockerSettings settings = DockerSettings.fromEnvironment(Optional.empty())
                .withDockerHost("unix://" + socket);
        assertThatThrownBy(() -> DockerEngine.connect(settings))
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessage("No Docker daemon answered at unix://" + socket + " (connection refused): start Docker"
                        + " (or point DOCKER_HOST at a running daemon), or use --engine embedded.");
    }

    /** A socket file nobody listens on any more, like the one a crashed dockerd leaves. */
    static Path staleSocket(Path dir) throws IOException {
        Path socket = dir.resolve("docker.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(Files.exists(socket)).isTrue();
        return socket;
    }

    private static long containersLabelled(String label) {
        return DockerTests.daemon().client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(RideLabels.SCENARIO, label)).exec().stream()
                .filter(c -> RideLabels.ownerPid(c.getLabels()) == ProcessHandle.current().pid())
                .count();
    }
}

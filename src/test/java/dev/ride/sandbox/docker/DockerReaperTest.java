package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;

/** Leftovers of killed runs: removed by the next start, and nothing else is. */
class DockerReaperTest {

    /** Above any Linux pid_max (2^22): a process that certainly does not exist. */
    private static final String DEAD_PID = "2000000000";

    @Test
    void theNextStartRemovesContainersWhoseOwnerIsGoneAndNoOthers() {
        DockerClient client = DockerTests.daemon().client();
        String dead = runIdle(client, "dead", Map.of(RideLabels.OWNER_PID, DEAD_PID));
        String otherHost = runIdle(client, "other-host",
                Map.of(RideLabels.OWNER_PID, DEAD_PID, RideLabels.OWNER_HOST, "not-" + RideLabels.thisHost()));
        String live = runIdle(client, "live", Map.of());
        try {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            DockerTests.engine(console).start("test/reaper").close();

            assertThatThrownBy(() -> client.inspectContainerCmd(dead).exec()).isInstanceOf(NotFoundException.class);
            assertThat(client.inspectContainerCmd(otherHost).exec().getState().getRunning()).isTrue();
            assertThat(client.inspectContainerCmd(live).exec().getState().getRunning()).isTrue();
            assertThat(console.toString(StandardCharsets.UTF_8))
                    .containsPattern("Removed \\d+ leftover ride containers? of killed runs: .*" + dead);
        } finally {
            Containers.remove(client, dead);
            Containers.remove(client, otherHost);
            Containers.remove(client, live);
        }
    }

    /** A running container labelled as a sandbox of this process, with {@code overrides} applied; returns its name. */
    private static String runIdle(DockerClient client, String kind, Map<String, String> overrides) {
        String session = UUID.randomUUID().toString();
        Map<String, String> labels = new LinkedHashMap<>(RideLabels.forThisProcess("test/reaper-" + kind, session));
        if (overrides.containsKey(RideLabels.OWNER_PID)) {
            labels.remove(RideLabels.OWNER_STARTED);
        }
        labels.putAll(overrides);
        String name = "ride-test-reaper-" + kind + "-" + session.substring(0, 8);
        client.createContainerCmd(DockerTests.image()).withName(name).withLabels(labels)
                .withEntrypoint("sleep", "300").exec();
        client.startContainerCmd(name).exec();
        return name;
    }
}

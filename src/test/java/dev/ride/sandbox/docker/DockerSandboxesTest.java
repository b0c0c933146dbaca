package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import com.github.dockerjava.api.exception.NotFoundException;

import dev.ride.sandbox.SandboxEntry;

/** {@code ride sandbox ls / rm} for Docker sandboxes. */
class DockerSandboxesTest {

    @Test
    void listsALiveSandboxAndRemovesItByName() {
        DockerSandboxes registry = new DockerSandboxes(DockerTests.daemon());
        try (DockerSandbox sandbox = DockerTests.engine().start("test/registry")) {
            SandboxEntry entry = registry.list().stream()
                    .filter(e -> e.id().equals(sandbox.containerName())).findFirst().orElseThrow();
            assertThat(entry.engine()).isEqualTo("docker");
            assertThat(entry.label()).isEqualTo("test/registry");
            assertThat(entry.port()).isEqualTo(sandbox.port());
            assertThat(entry.ownerPid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(entry.ownerAlive()).isTrue();
            assertThat(entry.serverRunning()).isTrue();
            assertThat(entry.location()).isEqualTo("container " + sandbox.containerId().substring(0, 12)
                    + " (" + DockerTests.image() + ")");
            assertThat(entry.created()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(2,
                    ChronoUnit.MINUTES));

            assertThat(registry.remove(sandbox.containerName())).isTrue();
            assertThatThrownBy(() -> DockerTests.daemon().client().inspectContainerCmd(sandbox.containerId()).exec())
                    .isInstanceOf(NotFoundException.class);
            assertThat(registry.remove(sandbox.containerName())).isFalse();
            assertThat(sandbox.isAlive()).isFalse();
        }
    }

    @Test
    void removesByContainerIdPrefixButNotByAFewCharacters() {
        DockerSandboxes registry = new DockerSandboxes(DockerTests.daemon());
        try (DockerSandbox sandbox = DockerTests.engine().start("test/registry-id")) {
            assertThat(registry.remove(sandbox.containerId().substring(0, 3))).isFalse();
            assertThat(registry.remove("no-such-sandbox")).isFalse();
            assertThat(registry.remove(sandbox.containerId().substring(0, 12))).isTrue();
            assertThat(registry.list()).extracting(SandboxEntry::id).doesNotContain(sandbox.containerName());
        }
    }
}

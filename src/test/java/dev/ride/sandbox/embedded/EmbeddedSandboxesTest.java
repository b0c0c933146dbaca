package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ride.sandbox.Proc;

/** What {@code ride sandbox ls / rm} see of embedded sandboxes. */
class EmbeddedSandboxesTest {

    private Path parent;

    @BeforeEach
    void isolatedParent() throws IOException {
        parent = Files.createTempDirectory("ride-listing-test-");
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx--x--x"));
    }

    @AfterEach
    void removeParent() throws IOException {
        Files.deleteIfExists(parent);
    }

    @Test
    void listsALiveSandboxAndRemovesIt() {
        EmbeddedEngine engine = new EmbeddedEngine(PostgresBinaries.resolve(), parent, Duration.ofSeconds(30));
        try (EmbeddedSandbox sandbox = engine.start("stage-09/08-migration")) {
            EmbeddedSandboxes registry = new EmbeddedSandboxes(parent);

            assertThat(registry.list()).singleElement().satisfies(e -> {
                assertThat(e.engine()).isEqualTo("embedded");
                assertThat(e.label()).isEqualTo("stage-09/08-migration");
                assertThat(e.port()).isEqualTo(sandbox.port());
                assertThat(e.ownerPid()).isEqualTo(ProcessHandle.current().pid());
                assertThat(e.ownerAlive()).isTrue();
                assertThat(e.serverRunning()).isTrue();
                assertThat(e.location()).isEqualTo(sandbox.directory().resolve("data").toString());
            });
            String id = registry.list().get(0).id();

            assertThat(registry.remove("no-such-id")).isFalse();
            assertThat(registry.remove(id)).isTrue();

            assertThat(Proc.isRunning(sandbox.pid())).isFalse();
            assertThat(sandbox.directory()).doesNotExist();
            assertThat(sandbox.isAlive()).isFalse();
            assertThat(registry.list()).isEmpty();
        } // close() after rm is harmless
    }
}

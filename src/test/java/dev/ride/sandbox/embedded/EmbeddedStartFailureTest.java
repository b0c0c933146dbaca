package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.Tree;

/** When the server cannot start, the learner gets the end of its log and nothing is left behind. */
class EmbeddedStartFailureTest {

    private Path work;

    @BeforeEach
    void workDir() throws IOException {
        work = Files.createTempDirectory("ride-start-failure-test-");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void removeWorkDir() throws IOException {
        Tree.delete(work);
    }

    @Test
    void aServerThatExitsAtStartUpReportsItsLogAndLeavesNothing() throws IOException {
        // the real initdb (it finds its own postgres through the symlink), a postgres that refuses to start
        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("initdb"), PostgresBinaries.resolve().initdb());
        Path postgres = bin.resolve("postgres");
        Files.writeString(postgres, "#!/bin/sh\necho 'FATAL:  simulated start-up failure' >&2\nexit 1\n");
        Files.setPosixFilePermissions(postgres, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path parent = Files.createDirectories(work.resolve("sandboxes"));
        EmbeddedEngine engine = new EmbeddedEngine(new PostgresBinaries(bin, bin.toString()), parent, Duration.ofSeconds(20));

        assertThatThrownBy(() -> engine.start("test/failure"))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("exited while starting")
                .hasMessageContaining("simulated start-up failure");
        try (var left = Files.list(parent)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aBinDirectoryWithoutServerSaysToSetRidePgBin() {
        assertThatThrownBy(() -> PostgresBinaries.resolve(Map.of("RIDE_PG_BIN", work.toString())))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("point RIDE_PG_BIN at a directory with initdb and postgres");
    }

    @Test
    void ridePgBinSelectsOtherBinaries() {
        Path debian = Path.of("/usr/lib/postgresql/15/bin");
        PostgresBinaries binaries = PostgresBinaries.resolve(Map.of("RIDE_PG_BIN", debian.toString()));
        try (EmbeddedSandbox sandbox = new EmbeddedEngine(binaries, SandboxDir.parent(), Duration.ofSeconds(30))
                .start("test/pg15")) {
            assertThat(sandbox.description()).startsWith("embedded PostgreSQL 15 (/usr/lib/postgresql/15/bin)");
            assertThat(sandbox.isAlive()).isTrue();
        }
    }
}

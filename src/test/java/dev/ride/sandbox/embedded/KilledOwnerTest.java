package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ride.sandbox.Proc;

/**
 * The owner JVM dies by {@code kill -9}: the watchdog stops the server, and the next run's reaper
 * removes the directory (and a server still running, when the watchdog died too).
 */
class KilledOwnerTest {

    private Path parent;
    private Process child;

    @BeforeEach
    void isolatedParent() throws IOException {
        parent = Files.createTempDirectory("ride-kot-");
        // the server user must traverse it to reach its data directory
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx--x--x"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        new LeftoverReaper(parent).reap();
        Files.deleteIfExists(parent.resolve("child.err"));
        Files.deleteIfExists(parent);
    }

    @Test
    void watchdogStopsTheServerAndReaperRemovesTheDirectory() throws Exception {
        Started started = startInChildJvm();
        assertThat(Proc.isRunning(started.postmaster())).isTrue();

        child.destroyForcibly(); // SIGKILL: no shutdown hook runs
        child.waitFor(10, TimeUnit.SECONDS);

        assertThat(Proc.awaitExit(started.postmaster(), 10_000)).as("server stopped by its watchdog").isTrue();
        assertThat(Proc.awaitExit(started.watchdog(), 10_000)).as("watchdog gone").isTrue();
        assertThat(started.directory()).exists();
        assertThat(new EmbeddedSandboxes(parent).list()).singleElement()
                .satisfies(e -> {
                    assertThat(e.ownerAlive()).isFalse();
                    assertThat(e.serverRunning()).isFalse();
                    assertThat(e.label()).isEqualTo("test/holder");
                });

        assertThat(new LeftoverReaper(parent).reap()).containsExactly(started.directory());
        assertThat(started.directory()).doesNotExist();
    }

    @Test
    void reaperStopsAServerWhoseWatchdogWasKilledToo() throws Exception {
        Started started = startInChildJvm();
        ProcessHandle.of(started.watchdog()).ifPresent(ProcessHandle::destroyForcibly);
        assertThat(Proc.awaitExit(started.watchdog(), 10_000)).isTrue();
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
        Thread.sleep(300);
        assertThat(Proc.isRunning(started.postmaster())).as("orphaned server still up").isTrue();

        assertThat(new LeftoverReaper(parent).reap()).containsExactly(started.directory());

        assertThat(Proc.isRunning(started.postmaster())).isFalse();
        assertThat(started.directory()).doesNotExist();
    }

    @Test
    void sigtermOfTheOwnerRunsTheShutdownHookWhichRemovesEverything() throws Exception {
        Started started = startInChildJvm();

        child.destroy(); // SIGTERM: shutdown hooks run
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(Proc.isRunning(started.postmaster())).isFalse();
        assertThat(Proc.isRunning(started.watchdog())).isFalse();
        assertThat(started.directory()).doesNotExist();
    }

    @Test
    void reaperLeavesSandboxesOfLiveOwnersAlone() throws Exception {
        Started started = startInChildJvm();

        assertThat(new LeftoverReaper(parent).reap()).isEmpty();

        assertThat(Proc.isRunning(started.postmaster())).isTrue();
        assertThat(started.directory()).exists();
    }

    private record Started(long postmaster, long watchdog, Path directory) {
    }

    private Started startInChildJvm() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SandboxHolder.class.getName(), parent.toString())
                .redirectError(parent.resolve("child.err").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
            // skip anything else the child prints
        }
        assertThat(line).as("child JVM started a sandbox; its stderr: %s", Files.readString(parent.resolve("child.err")))
                .isNotNull();
        Files.delete(parent.resolve("child.err"));
        List<String> f = List.of(line.split(" "));
        return new Started(Long.parseLong(f.get(1)), Long.parseLong(f.get(2)), Path.of(f.get(3)));
    }
}

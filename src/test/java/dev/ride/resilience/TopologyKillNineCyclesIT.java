package dev.ride.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ride.sandbox.Proc;
import dev.ride.sandbox.embedded.EmbeddedSandboxes;
import dev.ride.sandbox.embedded.LeftoverReaper;
import dev.ride.sandbox.embedded.TopologyHolder;

/**
 * {@code kill -9} of a JVM running a primary, a standby and PgBouncer, many times over: every
 * server and PgBouncer goes with it (their watchdogs), and one reaper run, as the next start does,
 * leaves no directory. Kept in a directory of its own, so that other runs' sandboxes on a shared
 * machine are neither counted nor reaped. {@code -Dride.resilience.cycles=N} (default 5).
 */
class TopologyKillNineCyclesIT {

    private static final int CYCLES = Integer.getInteger("ride.resilience.cycles", 5);

    private Path parent;
    private Process child;

    @BeforeEach
    void isolatedParent() throws Exception {
        parent = Files.createTempDirectory(Path.of("/dev/shm").toFile().canWrite() ? Path.of("/dev/shm") : Path.of("/tmp"),
                "ride-ktc-");
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
    void killNineOfATopologyLeavesNothingOnceReaped() throws Exception {
        List<Long> processes = new ArrayList<>();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            List<Long> started = startInChildJvm();
            assertThat(started).as("cycle %d: primary, standby, pgbouncer and their watchdogs", cycle).hasSize(6)
                    .allMatch(Proc::isRunning);
            processes.addAll(started);
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            child.waitFor(10, TimeUnit.SECONDS);
            for (long pid : started) {
                assertThat(Proc.awaitExit(pid, 15_000)).as("cycle %d: process %d (%s) stopped", cycle, pid,
                        Proc.commandLine(pid)).isTrue();
            }
        }
        assertThat(new EmbeddedSandboxes(parent).list()).as("left for the next start to reap").isNotEmpty()
                .allSatisfy(e -> assertThat(e.serverRunning()).isFalse());

        new LeftoverReaper(parent).reap();

        assertThat(new EmbeddedSandboxes(parent).list()).isEmpty();
        assertThat(Leftovers.processesMentioning(List.of(parent.toString()))).isEmpty();
        assertThat(processes).noneMatch(Proc::isRunning);
        System.out.println("topology kill -9 cycles: " + CYCLES + ", processes left: 0, directories left: 0");
    }

    /** The pids of every part's process and of its watchdog. */
    private List<Long> startInChildJvm() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                TopologyHolder.class.getName(), parent.toString())
                .redirectError(parent.resolve("child.err").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
        List<Long> pids = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null && !line.equals("READY")) {
            if (line.startsWith("PART ")) {
                String[] f = line.split(" ");
                pids.add(Long.parseLong(f[2]));
                pids.add(Long.parseLong(f[3]));
            }
        }
        assertThat(line).as("child JVM started a topology; its stderr: %s", Files.readString(parent.resolve("child.err")))
                .isNotNull();
        return pids;
    }
}

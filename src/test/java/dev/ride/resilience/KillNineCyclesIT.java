package dev.ride.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.testing.TestDocker;
import dev.ride.testing.TestPodman;
import dev.ride.testing.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the ride JVM while a learner sits at the shell, many times over, then one
 * normal run: nothing may be left — no sandbox directory, no server started from one, no
 * container. Embedded: the watchdog stops the server when its JVM dies and the next run's reaper
 * deletes the directory. Docker: the next run's reaper removes the containers of dead owners.
 *
 * <p>Even cycles kill at the shell (a statement has run); odd cycles kill as soon as the server
 * accepts connections, while the scenario is still being installed.
 *
 * <p>CI runs 20 cycles per engine; {@code -Dride.resilience.cycles=N} makes local runs shorter.
 */
class KillNineCyclesIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final String READY = "ride-ready-7f3a";

    private static int cycles() {
        return Integer.getInteger("ride.resilience.cycles", 20);
    }

    @Test
    void embedded() throws Exception {
        List<Long> pids = new ArrayList<>();
        Map<Path, Long> servers = new LinkedHashMap<>();
        for (int i = 0; i < cycles(); i++) {
            try (LiveRide ride = LiveRide.start(List.of(), TestEngines.args("embedded", "postgres", "start", SEED))) {
                pids.add(ride.pid());
                if (i % 2 == 0) {
                    waitAtTheShell(ride);
                } else {
                    waitForEmbeddedServer(ride);
                }
                List<Path> dirs = Leftovers.sandboxDirs(ride.pid());
                assertThat(dirs).as("the sandbox directory of pid %d", ride.pid()).hasSize(1);
                long server = Leftovers.postmasterPid(dirs.get(0));
                assertThat(Leftovers.isLivePostgres(server)).as("postmaster %d is running", server).isTrue();
                servers.put(dirs.get(0), server);
                ride.kill9();
            }
        }
        long normalPid = normalRun("embedded");
        pids.add(normalPid);

        // the watchdog stops each server soon after its JVM died; allow it a moment
        waitUntilNoLivePostgres(servers.values(), Duration.ofSeconds(20));
        List<String> names = servers.keySet().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(Leftovers.processesMentioning(names)).as("processes started from the killed sandboxes").isEmpty();
        assertThat(Leftovers.sandboxDirs(pids)).as("sandbox directories left by the runs").isEmpty();
        for (Path dir : servers.keySet()) {
            assertThat(Files.exists(dir)).as("%s", dir).isFalse();
        }
        System.out.printf("kill -9 cycles (embedded): %d cycles, %d servers stopped, 0 directories left%n",
                cycles(), servers.size());
    }

    @Test
    void docker() throws Exception {
        TestDocker.require();
        containerCycles("docker", cycles());
    }

    /**
     * The same on Podman's Docker-compatible socket: the reaper and the labels work there too. Six
     * cycles (the engine's code is Docker's; what differs is the daemon under it), for CI's time.
     */
    @Test
    void podman() throws Exception {
        TestPodman.require();
        containerCycles("podman", Math.min(cycles(), 6));
    }

    /** {@code count} runs killed at the shell or while starting, then a normal run that reaps them all. */
    private static void containerCycles(String engine, int count) throws Exception {
        List<Long> pids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try (LiveRide ride = LiveRide.start(List.of(), TestEngines.args(engine, "postgres", "start", SEED))) {
                pids.add(ride.pid());
                if (i % 2 == 0) {
                    waitAtTheShell(ride);
                } else {
                    waitForContainer(engine, ride);
                }
                assertThat(Leftovers.containers(engine, List.of(ride.pid()))).as("the container of pid %d", ride.pid()).hasSize(1);
                ride.kill9();
            }
        }
        assertThat(Leftovers.containers(engine, pids)).as("containers of killed runs before the normal run").isNotEmpty();
        long normalPid = normalRun(engine);
        pids.add(normalPid);
        assertThat(Leftovers.containers(engine, pids)).as("containers with label dev.ride=1 left by the runs").isEmpty();
        assertThat(Leftovers.sandboxDirs(pids)).as("no embedded directories either").isEmpty();
        System.out.printf("kill -9 cycles (%s): %d cycles, 0 containers left%n", engine, count);
    }

    /** Sends a statement and waits for its result: the sandbox is up and the shell is reading. */
    private static void waitAtTheShell(LiveRide ride) throws Exception {
        ride.send("select '" + READY + "' as probe;");
        ride.waitForStdout(READY, 0, Duration.ofSeconds(90));
    }

    /** The sandbox directory exists and its postmaster.pid says the server is ready. */
    private static void waitForEmbeddedServer(LiveRide ride) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            for (Path dir : Leftovers.sandboxDirs(ride.pid())) {
                if (Leftovers.serverReady(dir)) {
                    return;
                }
            }
            assertThat(ride.isAlive()).as("ride is running; stderr:\n%s", ride.stderr()).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("no ready server for pid " + ride.pid() + "\nstderr:\n" + ride.stderr());
    }

    /** The run's container exists and is running. */
    private static void waitForContainer(String cli, LiveRide ride) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            String running = Leftovers.cli(cli, "ps", "-q", "--filter", "label=dev.ride.owner-pid=" + ride.pid(),
                    "--filter", "status=running");
            if (!running.isBlank()) {
                return;
            }
            assertThat(ride.isAlive()).as("ride is running; stderr:\n%s", ride.stderr()).isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("no running container for pid " + ride.pid() + "\nstderr:\n" + ride.stderr());
    }

    /** One run to the end (stdin closed after one statement); returns its pid. */
    private static long normalRun(String engine) throws Exception {
        try (LiveRide ride = LiveRide.start(List.of(), TestEngines.args(engine, "postgres", "start", SEED))) {
            waitAtTheShell(ride);
            ride.closeStdin();
            assertThat(ride.waitForExit(Duration.ofSeconds(60))).as("exit code; stderr:\n%s", ride.stderr()).isZero();
            return ride.pid();
        }
    }

    private static void waitUntilNoLivePostgres(Iterable<Long> pids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Long> alive = new ArrayList<>();
        do {
            alive.clear();
            for (long pid : pids) {
                if (Leftovers.isLivePostgres(pid)) {
                    alive.add(pid);
                }
            }
            if (alive.isEmpty()) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("postmasters still running after their JVM was killed: " + alive);
    }
}

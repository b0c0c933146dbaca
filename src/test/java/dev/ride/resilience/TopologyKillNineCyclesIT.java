package dev.ride.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ride.sandbox.Proc;
import dev.ride.sandbox.docker.DockerReaper;
import dev.ride.sandbox.embedded.EmbeddedSandboxes;
import dev.ride.sandbox.embedded.LeftoverReaper;
import dev.ride.sandbox.embedded.TopologyHolder;
import dev.ride.testing.TestDocker;

/**
 * {@code kill -9} of a JVM running a primary, a standby and PgBouncer ({@link TopologyHolder}),
 * many times over, on each engine. Embedded: every server and PgBouncer goes with it (their
 * watchdogs), and one reaper run, as the next start does, leaves no directory; kept in a directory
 * of its own, so that other runs' sandboxes on a shared machine are neither counted nor reaped.
 * Docker: the containers and the network outlive the JVM (nothing stops them), and the next
 * start's reaper removes them: each cycle's start reaps the previous cycle's, a last reaper run
 * the last one's. {@code -Dride.resilience.cycles=N} (default 5), {@code -Dride.resilience.docker-cycles=N}
 * (default 3).
 */
class TopologyKillNineCyclesIT {

    private static final int CYCLES = Integer.getInteger("ride.resilience.cycles", 5);
    /** A docker cycle starts three containers from a JVM (about 20 s on a busy 2-core machine): fewer of them. */
    private static final int DOCKER_CYCLES = Integer.getInteger("ride.resilience.docker-cycles", 3);
    /** The label of the holder's sandboxes: its prepared images are removed after the docker run. */
    private static final String HOLDER_LABEL = "test/topology-holder";

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
    void embedded() throws Exception {
        List<Long> processes = new ArrayList<>();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            List<Long> started = new ArrayList<>();
            for (String[] part : startInChildJvm(parent.toString())) {
                started.add(Long.parseLong(part[2]));
                started.add(Long.parseLong(part[3]));
            }
            assertThat(started).as("cycle %d: primary, standby, pgbouncer and their watchdogs", cycle).hasSize(6)
                    .allMatch(Proc::isRunning);
            processes.addAll(started);
            killChild();
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
        System.out.println("topology kill -9 cycles (embedded): " + CYCLES + ", processes left: 0, directories left: 0");
    }

    @Test
    void docker() throws Exception {
        String image = TestDocker.image();
        List<Long> owners = new ArrayList<>();
        try {
            for (int cycle = 1; cycle <= DOCKER_CYCLES; cycle++) {
                assertThat(startInChildJvm("docker", image)).as("cycle %d: parts", cycle).hasSize(3);
                long owner = child.pid();
                assertThat(Leftovers.containers(List.of(owner))).as("cycle %d: primary, standby, pooler", cycle).hasSize(3);
                assertThat(networks(List.of(owner))).as("cycle %d: the sandbox's network", cycle).hasSize(1);
                assertThat(Leftovers.containers(owners)).as("cycle %d: the killed runs' containers, reaped by this start", cycle)
                        .isEmpty();
                assertThat(networks(owners)).as("cycle %d: the killed runs' networks, reaped by this start", cycle).isEmpty();
                owners.add(owner);
                killChild();
            }
            assertThat(Leftovers.containers(owners)).as("the last killed run's, left for the next start").hasSize(3);

            new DockerReaper(TestDocker.daemon().client()).reap();

            assertThat(Leftovers.containers(owners)).as("containers left").isEmpty();
            assertThat(networks(owners)).as("networks left").isEmpty();
            System.out.println("topology kill -9 cycles (docker): " + DOCKER_CYCLES + ", containers left: 0, networks left: 0");
        } finally {
            String prepared = Leftovers.docker("images", "-q", "--filter", "label=dev.ride.scenario=" + HOLDER_LABEL).strip();
            for (String id : prepared.lines().distinct().toList()) {
                Leftovers.docker("rmi", "-f", id);
            }
        }
    }

    /** The networks labelled with one of {@code ownerPids}. */
    private static List<String> networks(Collection<Long> ownerPids) throws Exception {
        List<String> found = new ArrayList<>();
        for (long pid : ownerPids) {
            found.addAll(Leftovers.docker("network", "ls", "-q", "--filter", "label=dev.ride.owner-pid=" + pid)
                    .lines().filter(l -> !l.isBlank()).toList());
        }
        return found;
    }

    /** SIGKILL: no shutdown hook runs. */
    private void killChild() throws InterruptedException {
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
    }

    /** Starts {@link TopologyHolder} with {@code args} and returns its "PART" lines, split on spaces, once it is ready. */
    private List<String[]> startInChildJvm(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                TopologyHolder.class.getName()));
        command.addAll(List.of(args));
        child = new ProcessBuilder(command).redirectError(parent.resolve("child.err").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
        List<String[]> parts = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null && !line.equals("READY")) {
            if (line.startsWith("PART ")) {
                parts.add(line.split(" "));
            }
        }
        assertThat(line).as("child JVM started a topology; its stderr: %s", Files.readString(parent.resolve("child.err")))
                .isNotNull();
        return parts;
    }
}

package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
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
import dev.ride.sandbox.SandboxEntry;

/**
 * {@code kill -9} of a JVM running a primary, a standby and PgBouncer: each part's watchdog stops
 * it, {@code ride sandbox ls} (the registry) shows every part, and the next run's reaper removes
 * them, even when the watchdogs were killed too.
 */
class KilledTopologyOwnerTest {

    private Path parent;
    private Process child;

    @BeforeEach
    void isolatedParent() throws IOException {
        parent = Files.createTempDirectory("ride-kto-");
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
    void theWatchdogsStopEveryPartAndTheReaperRemovesThem() throws Exception {
        List<Part> parts = startInChildJvm();
        assertThat(parts(parent)).extracting(SandboxEntry::label, SandboxEntry::serverRunning)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("test/topology-holder/primary", true),
                        org.assertj.core.groups.Tuple.tuple("test/topology-holder/standby", true),
                        org.assertj.core.groups.Tuple.tuple("test/topology-holder/pooler", true));
        assertThat(Proc.commandLine(part(parts, "pooler").server())).contains("pgbouncer");

        child.destroyForcibly(); // SIGKILL: no shutdown hook runs
        child.waitFor(10, TimeUnit.SECONDS);

        for (Part p : parts) {
            assertThat(Proc.awaitExit(p.server(), 10_000)).as(p.name() + " stopped by its watchdog").isTrue();
            assertThat(Proc.awaitExit(p.watchdog(), 10_000)).as(p.name() + "'s watchdog gone").isTrue();
        }
        assertThat(parts(parent)).hasSize(3)
                .allSatisfy(e -> assertThat(e.ownerAlive()).isFalse())
                .allSatisfy(e -> assertThat(e.serverRunning()).isFalse());

        assertThat(new LeftoverReaper(parent).reap()).containsAll(parts.stream().map(Part::directory).toList());
        assertThat(new EmbeddedSandboxes(parent).list()).isEmpty();
    }

    @Test
    void theReaperStopsServersAndPgBouncerWhoseWatchdogsWereKilledToo() throws Exception {
        List<Part> parts = startInChildJvm();
        for (Part p : parts) {
            ProcessHandle.of(p.watchdog()).ifPresent(ProcessHandle::destroyForcibly);
            assertThat(Proc.awaitExit(p.watchdog(), 10_000)).isTrue();
        }
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
        assertThat(parts).as("orphaned, still up").allMatch(p -> Proc.isRunning(p.server()));

        assertThat(new LeftoverReaper(parent).reap()).containsAll(parts.stream().map(Part::directory).toList());

        assertThat(parts).noneMatch(p -> Proc.isRunning(p.server()));
        assertThat(parts).noneMatch(p -> Files.exists(p.directory()));
    }

    @Test
    void sandboxRmRemovesOnePartWithItsProcess() throws Exception {
        List<Part> parts = startInChildJvm();
        Part pooler = part(parts, "pooler");
        String id = pooler.directory().getFileName().toString();

        assertThat(new EmbeddedSandboxes(parent).remove(id)).isTrue();

        assertThat(Proc.isRunning(pooler.server())).isFalse();
        assertThat(pooler.directory()).doesNotExist();
        assertThat(parts(parent)).extracting(SandboxEntry::label)
                .containsExactlyInAnyOrder("test/topology-holder/primary", "test/topology-holder/standby");
    }

    /**
     * The topology's parts, not the seed cluster of a first run, which stays while its copy into
     * the warm-start cache goes on (closed by that copy's thread, as for any first run).
     */
    private static List<SandboxEntry> parts(Path parent) {
        return new EmbeddedSandboxes(parent).list().stream().filter(e -> e.label().startsWith("test/topology-holder/")).toList();
    }

    private record Part(String name, long server, long watchdog, Path directory) {
    }

    private static Part part(List<Part> parts, String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private List<Part> startInChildJvm() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                TopologyHolder.class.getName(), parent.toString())
                .redirectError(parent.resolve("child.err").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
        List<Part> parts = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null && !line.equals("READY")) {
            if (line.startsWith("PART ")) {
                String[] f = line.split(" ");
                parts.add(new Part(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Path.of(f[4])));
            }
        }
        assertThat(line).as("child JVM started a topology; its stderr: %s", Files.readString(parent.resolve("child.err")))
                .isNotNull();
        Files.delete(parent.resolve("child.err"));
        return parts;
    }
}

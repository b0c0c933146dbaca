package dev.ride.sandbox.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.Topology;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.sandbox.docker.DockerEngine;
import dev.ride.sandbox.docker.DockerSettings;

/**
 * Run in a child JVM by {@link KilledTopologyOwnerTest} and {@code TopologyKillNineCyclesIT}: starts
 * a primary, a standby with a slot and PgBouncer, prints one line per part, then "READY", and
 * waits to be killed.
 * <ul>
 * <li>{@code TopologyHolder <directory>}: on the embedded engine under that directory; each line
 * is "PART name serverPid watchdogPid directory".</li>
 * <li>{@code TopologyHolder docker <image>}: on the docker engine; each line is "PART name port"
 * (the containers are found by their owner-pid label).</li>
 * </ul>
 */
public final class TopologyHolder {

    static final String LABEL = "test/topology-holder";
    static final Topology TOPOLOGY = new Topology("primary",
            List.of(new Topology.Standby("standby", true, false, false, Duration.ZERO, false)),
            Optional.of(Topology.Pooler.defaults()));
    private static final PreparedState EMPTY = new PreparedState("holder-empty", s -> { });

    public static void main(String[] args) throws Exception {
        if (args[0].equals("docker")) {
            TopologySandbox sandbox = DockerEngine.connect(DockerSettings.fromEnvironment(Optional.of(args[1])))
                    .start(LABEL, EMPTY, TOPOLOGY);
            for (Endpoint part : sandbox.endpoints()) {
                System.out.println("PART " + part.name() + " " + part.port());
            }
        } else {
            EmbeddedEngine engine = new EmbeddedEngine(PostgresBinaries.resolve(), Path.of(args[0]), Duration.ofSeconds(30));
            EmbeddedTopology sandbox = engine.start(LABEL, EMPTY, TOPOLOGY);
            for (String part : List.of("primary", "standby", "pooler")) {
                Path dir = sandbox.directoryOf(part);
                long pid = Long.parseLong(Files.readString(dir.resolve("server.pid")).trim());
                long watchdog = ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
                System.out.println("PART " + part + " " + pid + " " + watchdog + " " + dir);
            }
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

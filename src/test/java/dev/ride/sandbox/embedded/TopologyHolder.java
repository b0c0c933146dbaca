package dev.ride.sandbox.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.Topology;

/**
 * Run in a child JVM by {@link KilledTopologyOwnerTest}: starts a primary, a standby with a slot
 * and PgBouncer under the directory given as argument, prints one line per part,
 * "PART name serverPid watchdogPid directory", then "READY", and waits to be killed.
 */
public final class TopologyHolder {

    public static void main(String[] args) throws Exception {
        EmbeddedEngine engine = new EmbeddedEngine(PostgresBinaries.resolve(), Path.of(args[0]), Duration.ofSeconds(30));
        Topology topology = new Topology("primary",
                List.of(new Topology.Standby("standby", true, false, false, Duration.ZERO, false)),
                Optional.of(Topology.Pooler.defaults()));
        EmbeddedTopology sandbox = engine.start("test/topology-holder", new PreparedState("holder-empty", s -> { }), topology);
        for (String part : List.of("primary", "standby", "pooler")) {
            Path dir = sandbox.directoryOf(part);
            long pid = Long.parseLong(Files.readString(dir.resolve("server.pid")).trim());
            long watchdog = ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
            System.out.println("PART " + part + " " + pid + " " + watchdog + " " + dir);
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

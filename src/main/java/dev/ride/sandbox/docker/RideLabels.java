package dev.ride.sandbox.docker;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.ride.sandbox.OwnerProcess;

/**
 * The labels that make a container a ride sandbox: the tool, the scenario, a session id and the
 * owning JVM (pid, start time, host). They are what {@code ride sandbox ls} shows and what the
 * reaper uses to tell a live sandbox from the leftover of a {@code kill -9}ed run.
 */
public final class RideLabels {

    public static final String RIDE = "dev.ride";
    public static final String SCENARIO = "dev.ride.scenario";
    public static final String SESSION = "dev.ride.session";
    public static final String OWNER_PID = "dev.ride.owner-pid";
    public static final String OWNER_HOST = "dev.ride.owner-host";
    /** A pid alone may have been reused by another process since. */
    public static final String OWNER_STARTED = "dev.ride.owner-started";

    private static final String HOST = readHostName();

    private RideLabels() {
    }

    /** Labels for a container this JVM starts now. */
    public static Map<String, String> forThisProcess(String label, String session) {
        ProcessHandle self = ProcessHandle.current();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(RIDE, "1");
        labels.put(SCENARIO, label);
        labels.put(SESSION, session);
        labels.put(OWNER_PID, Long.toString(self.pid()));
        labels.put(OWNER_HOST, HOST);
        self.info().startInstant().ifPresent(started -> labels.put(OWNER_STARTED, started.toString()));
        return labels;
    }

    /** This machine's name as the owner-host label carries it. */
    public static String thisHost() {
        return HOST;
    }

    /** The owner pid, or -1 when the label is missing or garbled. */
    public static long ownerPid(Map<String, String> labels) {
        try {
            return Long.parseLong(labels.getOrDefault(OWNER_PID, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** True when the container was started from this machine, so its owner pid means something here. */
    public static boolean ownedHere(Map<String, String> labels) {
        return HOST.equals(labels.get(OWNER_HOST));
    }

    /**
     * False only when the owner certainly is gone: it ran on this host and that process (same pid,
     * same start time) no longer exists. Containers of other hosts sharing the daemon count as alive.
     */
    public static boolean ownerAlive(Map<String, String> labels) {
        if (!ownedHere(labels)) {
            return true;
        }
        long pid = ownerPid(labels);
        if (pid <= 0) {
            return false;
        }
        Optional<Instant> started;
        try {
            started = Optional.ofNullable(labels.get(OWNER_STARTED)).map(Instant::parse);
        } catch (RuntimeException e) {
            started = Optional.empty();
        }
        return new OwnerProcess(pid, started).alive();
    }

    /** The kernel's host name; InetAddress.getLocalHost() may wait seconds for DNS on a badly set up machine. */
    private static String readHostName() {
        try {
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: ask Java
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}

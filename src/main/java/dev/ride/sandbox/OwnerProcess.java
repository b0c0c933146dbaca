package dev.ride.sandbox;

import java.time.Instant;
import java.util.Optional;

/**
 * The ride JVM that started a sandbox, as both engines record it (the embedded engine in its
 * directory's marker, the docker engine in container labels): how a later run tells a live
 * sandbox from the leftover of a killed one.
 *
 * @param pid     the JVM's pid
 * @param started its start time: a pid alone may have been reused since
 */
public record OwnerProcess(long pid, Optional<Instant> started) {

    /** True while that JVM runs (the same process, not a reused pid). */
    public boolean alive() {
        Optional<ProcessHandle> owner = ProcessHandle.of(pid).filter(p -> Proc.isRunning(p.pid()));
        if (owner.isEmpty()) {
            return false;
        }
        Optional<Instant> actual = owner.get().info().startInstant();
        if (started.isEmpty() || actual.isEmpty()) {
            return true;
        }
        return Math.abs(actual.get().toEpochMilli() - started.get().toEpochMilli()) < 1000;
    }
}

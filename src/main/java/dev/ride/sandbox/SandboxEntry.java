package dev.ride.sandbox;

import java.time.Instant;

/**
 * One sandbox as {@code ride sandbox ls} shows it, whatever its engine.
 *
 * @param engine        "embedded" (later "docker")
 * @param id            what {@code ride sandbox rm} takes
 * @param label         the label given at start (the scenario id)
 * @param port          TCP port on 127.0.0.1 (0 if not known yet)
 * @param ownerPid      pid of the ride JVM that started it
 * @param ownerAlive    false for the leftover of a killed run
 * @param serverRunning whether a server process still runs
 * @param location      where it lives (data directory, container name)
 * @param created       when it was started
 */
public record SandboxEntry(String engine, String id, String label, int port, long ownerPid, boolean ownerAlive,
                           boolean serverRunning, String location, Instant created) {
}

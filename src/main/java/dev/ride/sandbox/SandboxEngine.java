package dev.ride.sandbox;

/** One way of bringing a PostgreSQL server into existence. */
public interface SandboxEngine {

    /** "docker", "embedded" or "external". */
    String name();

    /**
     * Starts an empty server (only the {@code postgres} database) on 127.0.0.1, a random free port,
     * a random password, with {@code shared_preload_libraries=pg_stat_statements}.
     *
     * @param label a short label for the server's process/container (the scenario id), used by
     *              {@code ride sandbox ls} and by the reaper of killed runs
     */
    Sandbox start(String label);
}

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

    /**
     * Starts a server already holding {@code state}. Engines that keep prepared copies override
     * this to skip the install on a warm start; by default the state is installed every time.
     * The password is random per call either way.
     */
    default Sandbox start(String label, PreparedState state) {
        Sandbox sandbox = start(label);
        try {
            state.install().accept(sandbox);
            return sandbox;
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    /**
     * Starts every part of {@code topology} (its primary holding {@code state}, standbys made from
     * the primary, the pooler in front of it). Engines that cannot run more than one server say so.
     */
    default TopologySandbox start(String label, PreparedState state, Topology topology) {
        throw new SandboxException("The " + name() + " engine runs one server only, and this scenario needs "
                + String.join(", ", topology.serverNames())
                + topology.pooler().map(p -> " and a pooler").orElse("") + ": use --engine embedded or docker.");
    }

    /**
     * As {@link #start(String, PreparedState, Topology)}, while the topology is still being read
     * (the scenario's manifest is parsed meanwhile, on another thread): an engine may first do
     * what needs none of it (Docker: the image lookup, the network). By default it waits for it.
     */
    default TopologySandbox start(String label, PreparedState state, java.util.function.Supplier<Topology> topology) {
        return start(label, state, topology.get());
    }
}

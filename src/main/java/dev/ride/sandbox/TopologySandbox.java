package dev.ride.sandbox;

import java.util.List;
import java.util.Optional;

/**
 * A sandbox of more than one part: the servers of a {@link Topology} and its pooler. As a
 * {@link Sandbox} it is the server named {@link Topology#primary()} (what a one-server drill talks
 * to); {@link #endpoints()} reach every part. {@link #close()} removes every part.
 */
public interface TopologySandbox extends Sandbox {

    Topology topology();

    /** Every server (the primary first, then the standbys) and then the pooler, if any. */
    List<Endpoint> endpoints();

    /** The server or pooler of that name. */
    default Optional<Endpoint> endpoint(String name) {
        return endpoints().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The pooler, if the topology has one. */
    default Optional<Endpoint> pooler() {
        return endpoints().stream().filter(e -> e.kind() == Endpoint.Kind.POOLER).findFirst();
    }

    /** True while the server of that name runs (whatever its role now). */
    boolean isRunning(String server);

    /**
     * The last {@code lines} lines of server {@code server}'s log file ({@code log/postgresql.log}
     * in its data directory), read from its files rather than over SQL: what an operator reads on
     * the host of a server that is down (why did it stop?). Works whether it runs or not; a file
     * that cannot be read gives one line in parentheses saying so.
     *
     * @throws SandboxException when no server has that name (the pooler has no server log)
     */
    String serverLogTail(String server, int lines);

    /**
     * Runs an operator action on {@code target} (a server's name, or the pooler's for
     * {@code reload-config}) and returns one line saying what happened.
     *
     * @throws SandboxException with a short message for an unknown target, or an action that does
     *                          not apply (promote a primary, start a fenced server, ...)
     */
    String act(OperatorAction action, String target);

    /**
     * Makes one of the scenario's configuration choices ({@link OperatorAction#CHOOSE}): writes
     * {@code option}'s settings into the file {@code choice} edits, as an operator edits it (the
     * pooler's pgbouncer.ini, or a server's pg_hba.conf, running or stopped). It takes effect at
     * that part's next {@code reload-config} (or a server's next start). Returns
     * {@link ConfigChoice#chosen}.
     *
     * @throws SandboxException when the option is not one of the choice's, or the file cannot be edited
     */
    String choose(ConfigChoice choice, String option);

    /**
     * Returns every server and the pooler to the state the sandbox started in (the scenario's
     * broken state), whatever happened since: a promotion, a crash, a fence. Ports and the
     * password stay the same.
     */
    void resetTopology();
}

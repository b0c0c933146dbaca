package dev.ride.actor;

import java.util.Optional;

/**
 * One entry of a format-2 scenario's {@code actors:}: a session (or a pool of them) that ride runs
 * against the sandbox during the drill. Immutable; validated by {@link ActorSpecs}.
 *
 * @param name            unique among the scenario's actors; threads are named {@code ride-actor-<name>}
 * @param database        the database it connects to
 * @param role            the login role it connects as (made by the scenario's setup)
 * @param applicationName what {@code pg_stat_activity.application_name} and the server log show
 * @param start           before or after the learner's first prompt
 * @param after           the actor whose statements must have run (or be holding) before this one starts
 * @param onTerminate     what happens when the learner terminates its backend
 * @param behaviour       a {@link Workload} or a {@link Hold}
 * @param line            the manifest line of its entry, for messages
 * @param server          the sandbox part it connects to ({@code server:}): a server's or the pooler's
 *                        name; empty for the primary, which every single-server scenario's actors use
 */
public record ActorSpec(String name, String database, String role, String applicationName, StartPhase start,
        Optional<String> after, OnTerminate onTerminate, Behaviour behaviour, int line, Optional<String> server) {

    /** An actor on the primary. */
    public ActorSpec(String name, String database, String role, String applicationName, StartPhase start,
                     Optional<String> after, OnTerminate onTerminate, Behaviour behaviour, int line) {
        this(name, database, role, applicationName, start, after, onTerminate, behaviour, line, Optional.empty());
    }

    /**
     * True when it talks to the primary directly: only such sessions can be watched from the
     * primary's {@code pg_stat_activity} (a standby's backends are not there, and PgBouncer hands
     * its clients pids of its own).
     */
    public boolean onPrimary() {
        return server.isEmpty();
    }

    /** The same actor on another part of the sandbox (the manifest's names, checked against its topology). */
    public ActorSpec onServer(Optional<String> other) {
        return new ActorSpec(name, database, role, applicationName, start, after, onTerminate, behaviour, line, other);
    }
}

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
 */
public record ActorSpec(String name, String database, String role, String applicationName, StartPhase start,
        Optional<String> after, OnTerminate onTerminate, Behaviour behaviour, int line) {
}

package dev.ride.actor;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What one actor saw, counted from a {@link Marker} (or from its start) until the moment the
 * snapshot was taken. Counts are of statements: a workload iteration of three statements counts three.
 *
 * @param actor              its name
 * @param state              now
 * @param successes          statements that completed
 * @param errorsBySqlState   statements that failed, by SQLSTATE (connection losses are terminations, not errors)
 * @param lastErrorMessage   the server's message of the latest counted error
 * @param longestLockWaitMs  the longest a statement of it waited on a lock (the part after the marker)
 * @param longestOutsiderLockWaitMs the same, of the waits behind a session that is none of the actors
 *                           (the learner's): what the learner's own statements made it wait
 * @param lastSuccessAt      the latest success
 * @param firstFailureAt     the first counted error
 * @param terminations       times one of its backends was terminated under it
 * @param reconnects         times it connected again after a termination
 */
public record ActorSnapshot(String actor, ActorState state, long successes, Map<String, Long> errorsBySqlState,
        Optional<String> lastErrorMessage, long longestLockWaitMs, long longestOutsiderLockWaitMs,
        Optional<Instant> lastSuccessAt,
        Optional<Instant> firstFailureAt, int terminations, int reconnects) {

    public ActorSnapshot {
        errorsBySqlState = Map.copyOf(errorsBySqlState);
    }

    public boolean alive() {
        return state == ActorState.RUNNING;
    }

    public long errors() {
        return errorsBySqlState.values().stream().mapToLong(Long::longValue).sum();
    }

    public long errors(String sqlState) {
        return errorsBySqlState.getOrDefault(sqlState, 0L);
    }
}

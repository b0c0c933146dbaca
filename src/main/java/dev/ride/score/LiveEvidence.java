package dev.ride.score;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import dev.ride.actor.ActorSnapshot;
import dev.ride.actor.Marker;

/**
 * What the scorer may know of a live drill: the actors' counters, the moment of the learner's last
 * statement, and the roles whose statements are the application's rather than the learner's.
 */
public interface LiveEvidence {

    /** A drill with no actors (format 1, or a scorer test). */
    LiveEvidence NONE = new LiveEvidence() {
        @Override
        public Map<String, ActorSnapshot> since(Marker marker) {
            return Map.of();
        }

        @Override
        public Marker lastStatement() {
            return Marker.ORIGIN;
        }

        @Override
        public Set<String> applicationRoles() {
            return Set.of();
        }
    };

    /** Every actor's counters from {@code marker} until now ({@link Marker#ORIGIN}: the whole drill). */
    Map<String, ActorSnapshot> since(Marker marker);

    /** When the learner's last statement finished (ORIGIN when they ran none). */
    Marker lastStatement();

    /** Roles the actors log in as: their statements in pg_stat_statements are no evidence of the learner's. */
    Set<String> applicationRoles();

    /** Backend pids of one actor's open connections: to tell whether it waits on the learner's lock. */
    default Set<Integer> backendPids(String actor) {
        return Set.of();
    }

    /** How long the scorer waits for a working actor to show enough successes since the last statement. */
    default Duration settle() {
        return Duration.ofSeconds(5);
    }
}

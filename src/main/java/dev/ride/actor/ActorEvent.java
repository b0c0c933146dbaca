package dev.ride.actor;

import java.time.Instant;

/**
 * One line of an actor's story, for the card's timeline.
 *
 * @param at       wall-clock time
 * @param nanos    the monotonic clock, comparable with {@link Marker#nanos()}
 * @param actor    the actor's name
 * @param kind     what happened
 * @param sqlState for {@link Kind#FAILING}: the error's SQLSTATE; otherwise null
 * @param millis   for {@link Kind#LOCK_WAIT}: how long it waited; otherwise 0
 * @param message  for {@link Kind#FAILING}: the server's message; otherwise null
 */
public record ActorEvent(Instant at, long nanos, String actor, Kind kind, String sqlState, long millis, String message) {

    public enum Kind {
        /** connected and began its statements */
        STARTED,
        /** its statements began failing, or began failing with another SQLSTATE */
        FAILING,
        /** a statement succeeded again after failures */
        RECOVERED,
        /** a statement waited this long on a lock (reported when the wait ended) */
        LOCK_WAIT,
        /** its backend was terminated under it */
        TERMINATED,
        /** connected again after a termination (on_terminate: reconnect_after) */
        RECONNECTED,
        /** it will not come back: every connection of it is gone */
        GONE
    }

    /** {@code 10:42:07 checkout_b failing with SQLSTATE 42703: column "release_id" ... does not exist} */
    @Override
    public String toString() {
        String what = switch (kind) {
            case FAILING -> "failing with SQLSTATE " + sqlState + ": " + message;
            case LOCK_WAIT -> "waited " + millis + " ms on a lock";
            default -> kind.name().toLowerCase();
        };
        return at + " " + actor + " " + what;
    }
}

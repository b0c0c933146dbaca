package dev.ride.score;

import java.time.Duration;

/**
 * What the scorer saw where a check failed, so that a ✗ says what was found, never what to do.
 *
 * @param found    the value of the check's {@code found:} query ("varchar(20)", "2 indexes on email");
 *                 stable from run to run, so the JSON card carries it
 * @param observed what the application went through ("checkout_b still fails: …"); varies with
 *                 timing, so it is shown on the text card only
 * @param cause    the learner's statement that took effect and matched a {@code not_ran} condition
 *                 (what sprang a trap), or null
 */
public record Findings(String found, String observed, Cause cause) {

    public static final Findings NONE = new Findings(null, null, null);

    /**
     * A statement that decided a check.
     *
     * @param at when it ran, from the start of the drill; null when it was seen only in pg_stat_statements
     */
    public record Cause(String database, String statement, Duration at) { }

    public boolean isEmpty() {
        return found == null && observed == null && cause == null;
    }
}

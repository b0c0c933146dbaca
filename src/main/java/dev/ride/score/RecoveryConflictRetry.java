package dev.ride.score;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Asks a read on a standby again while the standby's recovery conflicts cancel it: the scorer's
 * bad luck, not the answer. A replay that is behind has used up its max_standby_streaming_delay
 * already and cancels a conflicting read at once, however short, until it has caught up with the
 * WAL it received; it may end the scorer's login the same way. How far behind it is depends on the
 * machine's load, not on the learner: a gate's stage-04/04 replay saw every read on the replica
 * cancelled for half a second, a CI run under two parallel replays for more than five seconds per
 * read. One budget serves every read of one inspection (login, checks, found queries), counted from
 * the first cancellation, so a card waits that long at most per database. Any other failure is
 * thrown at once: a check that simply does not hold costs no wait.
 */
final class RecoveryConflictRetry {

    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(20);
    private static final long BETWEEN_READS_MILLIS = 200;

    /** 0 until the first cancellation; then when this inspection stops asking again. */
    private long giveUpAt;

    <T> T run(LockWatch.Work<T> read) throws SQLException {
        while (true) {
            try {
                return read.run();
            } catch (SQLException e) {
                if (!isRecoveryConflict(e) || outOfTime() || !pause()) {
                    throw e;
                }
            }
        }
    }

    /**
     * 40001 on a standby: "canceling statement due to conflict with recovery" or, during a login,
     * "terminating connection due to conflict with recovery".
     */
    private static boolean isRecoveryConflict(SQLException e) {
        return "40001".equals(e.getSQLState());
    }

    private boolean outOfTime() {
        long now = System.nanoTime();
        if (giveUpAt == 0) {
            giveUpAt = now + BUDGET_NANOS;
        }
        return now - giveUpAt >= 0;
    }

    /** false when interrupted (the read is then given up). */
    private static boolean pause() {
        try {
            Thread.sleep(BETWEEN_READS_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

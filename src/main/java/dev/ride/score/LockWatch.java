package dev.ride.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.postgresql.PGConnection;

/**
 * Watches the scorer's connection in one database from a second connection while a check runs, so
 * that a check that times out on a lock (SQLSTATE 55P03, after the scorer's {@code lock_timeout})
 * can say whose lock it was. Who blocked can only be seen during the wait: once the statement gave
 * up, {@code pg_blocking_pids} has nothing to say. The watch costs nothing for a statement that
 * returns before {@link #FIRST_LOOK_MS} (the usual case); the second connection opens on the first look.
 */
final class LockWatch implements AutoCloseable {

    /** Well inside the scorer's 1 s lock_timeout, so several looks fall within a wait. */
    static final long FIRST_LOOK_MS = 100;
    static final long LOOK_EVERY_MS = 100;
    static final String LOCK_NOT_AVAILABLE = "55P03";

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private final LearnerLocks locks;
    private final String database;
    private final int watchedPid;
    private ScheduledExecutorService timer;
    private Connection lookout;
    private LearnerLocks.Blocker seen;

    LockWatch(LearnerLocks locks, String database, Connection watched) throws SQLException {
        this.locks = locks;
        this.database = database;
        this.watchedPid = watched.unwrap(PGConnection.class).getBackendPID();
    }

    /**
     * Runs {@code work}; when it ends with a lock timeout and a look during it saw the learner's
     * session as the blocker, returns {@code ifLearnersLock} of the reason instead of failing.
     */
    <T> T run(Work<T> work, Function<Unchecked, T> ifLearnersLock) throws SQLException {
        ScheduledFuture<?> looks;
        synchronized (this) {
            seen = null;
            looks = timer().scheduleWithFixedDelay(this::look, FIRST_LOOK_MS, LOOK_EVERY_MS, TimeUnit.MILLISECONDS);
        }
        try {
            return work.run();
        } catch (SQLException e) {
            LearnerLocks.Blocker blocker = stopLooking(looks);
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState()) && blocker != null) {
                return ifLearnersLock.apply(blocker.forScorer());
            }
            throw e;
        } finally {
            stopLooking(looks);
        }
    }

    /** Cancels further looks; a look under way finishes first (both hold this object's lock). */
    private synchronized LearnerLocks.Blocker stopLooking(ScheduledFuture<?> looks) {
        looks.cancel(false);
        return seen;
    }

    private synchronized void look() {
        try {
            if (lookout == null) {
                lookout = locks.quietConnection(database);
            }
            LearnerLocks.Blocker blocker = locks.blocking(lookout, watchedPid);
            if (blocker != null) {
                seen = blocker; // keep the last sighting: the wait may end before the next look
            }
        } catch (SQLException e) {
            // no second connection now: the check is judged as if it had not been watched
        }
    }

    private ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ride-score-lockwatch-" + database);
                t.setDaemon(true);
                return t;
            });
        }
        return timer;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (lookout != null) {
            try {
                lookout.close();
            } catch (SQLException e) {
                // closing a spare connection
            }
        }
    }
}

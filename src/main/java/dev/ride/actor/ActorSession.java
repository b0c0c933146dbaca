package dev.ride.actor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.postgresql.PGConnection;

/**
 * One connection of an actor and what other threads need to know about it: its backend pid (the
 * monitor watches it), whether a statement is in flight (stop cancels it), and a wake-up that stop
 * and the monitor use to end its waits.
 */
final class ActorSession {

    final Connection connection;
    final int pid;
    private final CountDownLatch wake = new CountDownLatch(1);
    private final AtomicBoolean gone = new AtomicBoolean();
    volatile boolean inFlight;
    /** pg_postmaster_start_time of its server, in epoch seconds, when the monitor first saw it (NaN until then). */
    private double firstSeenServerStart = Double.NaN;
    /**
     * A statement is running that puts the actor in place once the monitor sees it wait on a lock or
     * run on: a hold's last statement, any statement of a workload (its writers queueing is the point).
     */
    volatile boolean inPlaceOnceBlocked;

    ActorSession(Connection connection) throws SQLException {
        this.connection = connection;
        this.pid = connection.unwrap(PGConnection.class).getBackendPID();
    }

    /**
     * True when {@code serverStart} (the server's pg_postmaster_start_time, as the monitor reads it
     * beside this session's pid) is that of the server this session was first seen on: after a
     * restart its pid may belong to another backend, a certainty in a container, whose pids start
     * again from 1. The monitor's first sample of a session records it.
     */
    boolean sameServer(double serverStart) {
        if (Double.isNaN(firstSeenServerStart)) {
            firstSeenServerStart = serverStart;
        }
        return firstSeenServerStart == serverStart;
    }

    /** Waits up to {@code nanos}; true when woken early (stop, or the backend is gone). */
    boolean sleep(long nanos) {
        try {
            return wake.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    void wake() {
        wake.countDown();
    }

    /** Marks the backend gone; true only for the first caller, who records the termination. */
    boolean markGone() {
        boolean first = gone.compareAndSet(false, true);
        wake.countDown();
        return first;
    }

    boolean isGone() {
        return gone.get();
    }

    /** Asks the server to cancel the running statement, if any (a cancel request on its own socket). */
    void cancelIfBusy() {
        if (inFlight) {
            try {
                connection.unwrap(PGConnection.class).cancelQuery();
            } catch (SQLException e) {
                // the connection is already broken: nothing left to cancel
            }
        }
    }

    /** Drops the socket without waiting for the connection's lock (a thread may be stuck in it). */
    void abort() {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            // already closed
        }
    }

    void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // a terminated backend: nothing to close
        }
    }
}

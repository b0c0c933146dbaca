package dev.ride.actor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One actor running: its threads ({@code ride-actor-<name>}, daemon), their connections, and the
 * life every behaviour shares: wait for the {@code after:} actor, connect, run, and when the backend
 * is terminated either end ({@code gone}) or reconnect after the delay. What runs on a connection
 * is the subclass's. Threads never print: errors go to the {@link ActorCounters}.
 */
abstract class ActorRun {

    final ActorSpec spec;
    final ActorCounters counters;
    private final ActorConnector connector;
    private final ActorRun predecessor;
    private final CountDownLatch stopLatch = new CountDownLatch(1);
    private final CountDownLatch ready = new CountDownLatch(1);
    /** Counts down once per connection at its first try to connect, whether it got in or was refused. */
    private volatile CountDownLatch everyConnectionTried;
    private final Set<ActorSession> sessions = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    ActorRun(ActorSpec spec, ActorConnector connector, ActorCounters counters, ActorRun predecessor) {
        this.spec = spec;
        this.connector = connector;
        this.counters = counters;
        this.predecessor = predecessor;
    }

    static ActorRun of(ActorSpec spec, ActorConnector connector, ActorCounters counters, ActorRun predecessor) {
        return spec.behaviour() instanceof Workload w
                ? new WorkloadRun(spec, w, connector, counters, predecessor)
                : new HoldRun(spec, (Hold) spec.behaviour(), connector, counters, predecessor);
    }

    /** Connections this actor keeps open. */
    abstract int connectionCount();

    /**
     * Runs the behaviour on a fresh connection until the backend is gone or the actor stops.
     * Calls {@link #markReady()} once its statements have run.
     */
    abstract void runOn(ActorSession session, int worker);

    void start() {
        everyConnectionTried = new CountDownLatch(connectionCount());
        for (int i = 0; i < connectionCount(); i++) {
            int worker = i;
            String name = "ride-actor-" + spec.name() + (connectionCount() > 1 ? "-" + (i + 1) : "");
            Thread t = new Thread(() -> live(worker), name);
            t.setDaemon(true);
            counters.workerStarted();
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    private void live(int worker) {
        // this worker's first login attempt, counted once, on whichever way out comes first
        boolean tried = false;
        try {
            if (!awaitPredecessor()) {
                return;
            }
            boolean afterTermination = false;
            while (!stopping) {
                ActorSession session = connect(afterTermination);
                if (!tried) {
                    tried = true;
                    everyConnectionTried.countDown();
                }
                if (session != null) {
                    try {
                        runOn(session, worker);
                    } finally {
                        sessions.remove(session);
                        session.close();
                        counters.disconnected();
                    }
                    if (stopping || !session.isGone()) {
                        return;
                    }
                }
                Optional<Duration> delay = spec.onTerminate().reconnectAfter();
                if (delay.isEmpty()) {
                    return; // gone for good
                }
                counters.reconnecting(true);
                try {
                    if (sleep(delay.get().toNanos())) {
                        return;
                    }
                } finally {
                    counters.reconnecting(false);
                }
                afterTermination = true;
            }
        } catch (RuntimeException e) {
            // a bug must not reach the learner's screen; the actor just ends
            counters.error("XX000", "actor thread failed: " + e);
        } finally {
            if (!tried) {
                everyConnectionTried.countDown();
            }
            markReady(); // whoever waits for this actor must not wait for ever
            counters.workerEnded();
        }
    }

    /** A session, registered and counted; null when connecting failed (counted as an error). */
    private ActorSession connect(boolean afterTermination) {
        Connection c = null;
        try {
            c = connector.connect(spec);
            ActorSession session = new ActorSession(c);
            sessions.add(session);
            counters.connected(afterTermination);
            if (stopping) {
                session.wake(); // stop() may have woken the sessions before this one was added
            }
            return session;
        } catch (SQLException e) {
            if (c != null) {
                closeQuietly(c);
            }
            if (!stopping) {
                counters.error(e.getSQLState(), firstLine(e.getMessage()));
            }
            return null;
        }
    }

    private boolean awaitPredecessor() {
        if (predecessor == null) {
            return true;
        }
        try {
            while (!predecessor.awaitReady(TimeUnit.MILLISECONDS.toNanos(100))) {
                if (stopping) {
                    return false;
                }
            }
            return !stopping;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /**
     * Handles a failed statement: a lost connection marks the session gone (recorded once), other
     * errors are counted. Returns true when the session can go on.
     */
    boolean failed(ActorSession session, SQLException e) {
        if (stopping) {
            return false;
        }
        if (isConnectionLoss(session, e)) {
            lost(session);
            return false;
        }
        counters.error(e.getSQLState(), firstLine(e.getMessage()));
        return true;
    }

    /** The backend of {@code session} is gone (seen by its thread or by the monitor). */
    void lost(ActorSession session) {
        if (!stopping && session.markGone()) {
            counters.terminated();
        }
    }

    private static boolean isConnectionLoss(ActorSession session, SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"))) {
            return true;
        }
        try {
            return session.connection.isClosed();
        } catch (SQLException ignored) {
            return true;
        }
    }

    void markReady() {
        ready.countDown();
    }

    /**
     * In place: its behaviour has run (see {@link #runOn}), and every one of its connections has
     * tried to log in. A pool of three whose first connection has run but whose others are still
     * logging in would leave slots of the role's or the server's budget to an application started
     * after the prompt, and the incident would not be the one the scenario describes.
     */
    boolean isReady() {
        return ready.getCount() == 0 && everyConnectionTried != null && everyConnectionTried.getCount() == 0;
    }

    boolean awaitReady(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        if (!ready.await(nanos, TimeUnit.NANOSECONDS)) {
            return false;
        }
        CountDownLatch tried = everyConnectionTried;
        return tried != null && tried.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    boolean stopping() {
        return stopping;
    }

    /** Waits up to {@code nanos} outside a session; true when stopped meanwhile. */
    boolean sleep(long nanos) {
        try {
            return stopLatch.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            return true;
        }
    }

    Set<ActorSession> sessions() {
        return sessions;
    }

    /**
     * First step of stopping: no new work, every wait ends, running statements are cancelled. A
     * session on a standby or through the pooler is dropped instead: PgBouncer cannot pass a cancel
     * on for a client that waits for a server (its primary crashed, say), and the actor's thread
     * then sat out the whole stop grace at every :reset after a failover (2 of its 2.9 s).
     */
    void beginStop() {
        stopping = true;
        counters.stopRequested();
        stopLatch.countDown();
        for (ActorSession s : sessions) {
            s.wake();
            if (spec.onPrimary()) {
                s.cancelIfBusy();
            } else {
                s.abort();
            }
        }
    }

    /** Joins the threads until {@code deadlineNanos}; true when all ended. */
    boolean join(long deadlineNanos) {
        for (Thread t : threads) {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0) {
                try {
                    t.join(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    /** Last step of stopping, after the connections are closed. */
    void finishStop() {
        counters.stopped();
    }

    List<Thread> threads() {
        return threads;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing to do
        }
    }
}

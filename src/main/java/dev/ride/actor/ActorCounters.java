package dev.ride.actor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one actor saw, recorded by its threads and the {@link LockMonitor}, readable at any time as
 * an {@link ActorSnapshot} since its start or since any {@link Marker}. Also writes the actor's
 * transitions (failing, recovered, terminated, ...) to the shared {@link ActorEventLog}.
 * Thread-safe: every method holds this object's lock, and each is a few field updates.
 */
public final class ActorCounters {

    /** Anchors the monotonic clock to wall-clock time, to show outcome times as instants. */
    private static final long ANCHOR_NANOS = System.nanoTime();
    private static final Instant ANCHOR = Instant.now();

    private final String actor;
    private final ActorEventLog events;
    private final OutcomeLog outcomes = new OutcomeLog();
    private final LockWaits lockWaits = new LockWaits();
    private final Map<String, String> lastMessageBySqlState = new HashMap<>();
    private final List<Long> terminations = new ArrayList<>();
    private final List<Long> reconnects = new ArrayList<>();
    private String failingWith;
    private int workers;
    private int connections;
    private int reconnecting;
    private boolean started;
    private boolean stopped;
    /** ride began stopping the actor: its threads ending then is no "gone" in the event log. */
    private boolean stopRequested;

    ActorCounters(String actor, ActorEventLog events) {
        this.actor = actor;
        this.events = events;
    }

    synchronized void success() {
        outcomes.add(System.nanoTime(), null);
        if (failingWith != null) {
            failingWith = null;
            events.add(actor, ActorEvent.Kind.RECOVERED, null, 0, null);
        }
    }

    synchronized void error(String sqlState, String message) {
        String state = sqlState == null ? "XX000" : sqlState;
        outcomes.add(System.nanoTime(), state);
        lastMessageBySqlState.put(state, message);
        if (!state.equals(failingWith)) {
            failingWith = state;
            events.add(actor, ActorEvent.Kind.FAILING, state, 0, message);
        }
    }

    synchronized void workerStarted() {
        workers++;
        started = true;
    }

    synchronized void workerEnded() {
        workers--;
        if (workers == 0 && !stopped && !stopRequested) {
            events.add(actor, ActorEvent.Kind.GONE, null, 0, null);
        }
    }

    synchronized void connected(boolean afterTermination) {
        connections++;
        events.add(actor, afterTermination ? ActorEvent.Kind.RECONNECTED : ActorEvent.Kind.STARTED, null, 0, null);
        if (afterTermination) {
            reconnects.add(System.nanoTime());
        }
    }

    synchronized void disconnected() {
        connections--;
    }

    synchronized void terminated() {
        terminations.add(System.nanoTime());
        events.add(actor, ActorEvent.Kind.TERMINATED, null, 0, null);
    }

    synchronized void reconnecting(boolean waiting) {
        reconnecting += waiting ? 1 : -1;
    }

    synchronized void stopRequested() {
        stopRequested = true;
    }

    synchronized void stopped() {
        stopped = true;
        for (LockWaits.Episode e : lockWaits.closeAll()) {
            lockWaitEnded(e);
        }
    }

    /** The monitor saw backend {@code pid} of this actor waiting on a lock (see {@link LockWaits#waiting}). */
    synchronized void lockWaiting(int pid, double waitKey, long waitedMs, boolean behindOutsider, long sampleNanos) {
        lockWaitEnded(lockWaits.waiting(pid, waitKey, waitedMs, behindOutsider, sampleNanos));
    }

    /** The monitor saw backend {@code pid} of this actor not waiting on a lock. */
    synchronized void lockNotWaiting(int pid) {
        lockWaitEnded(lockWaits.notWaiting(pid));
    }

    private void lockWaitEnded(LockWaits.Episode e) {
        if (e != null) {
            events.add(actor, ActorEvent.Kind.LOCK_WAIT, null, e.millis(), null);
        }
    }

    public synchronized ActorState state() {
        if (stopped) {
            return ActorState.STOPPED;
        }
        if (connections > 0) {
            return ActorState.RUNNING;
        }
        if (reconnecting > 0) {
            return ActorState.RECONNECTING;
        }
        return started && workers == 0 ? ActorState.GONE : ActorState.WAITING;
    }

    /** Everything since the actor started. */
    public ActorSnapshot snapshot() {
        return since(Marker.ORIGIN);
    }

    public synchronized ActorSnapshot since(Marker marker) {
        long from = marker.nanos();
        OutcomeLog.Summary s = outcomes.since(from);
        return new ActorSnapshot(actor, state(), s.successes, s.errors,
                Optional.ofNullable(s.lastErrorState).map(lastMessageBySqlState::get),
                lockWaits.longestMs(from, false), lockWaits.longestMs(from, true), Optional.ofNullable(s.lastSuccessNanos).map(ActorCounters::instant),
                Optional.ofNullable(s.firstFailureNanos).map(ActorCounters::instant),
                countFrom(terminations, from), countFrom(reconnects, from));
    }

    private static int countFrom(List<Long> times, long from) {
        return (int) times.stream().filter(t -> from == Long.MIN_VALUE || t - from >= 0).count();
    }

    static Instant instant(long nanos) {
        return ANCHOR.plus(Duration.ofNanos(nanos - ANCHOR_NANOS));
    }
}

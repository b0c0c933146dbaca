package dev.ride.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One actor's lock-wait episodes, as the {@link LockMonitor} samples them: an episode is one
 * backend waiting for one lock request (the server's {@code pg_locks.waitstart}), from when the
 * server says it began until the last sample that saw it. Not thread-safe: {@link ActorCounters}
 * guards it.
 */
final class LockWaits {

    /** Episodes kept; a monitor sample makes at most one per waiting backend, so this is hours of queueing. */
    static final int CAPACITY = 100_000;

    private final Map<Integer, Episode> open = new HashMap<>();
    private final List<Episode> closed = new ArrayList<>();

    /**
     * A sample saw backend {@code pid} waiting for {@code waitedMs} so far on the request that began
     * at server time {@code waitKey} (NaN when the server has not filled it in yet);
     * {@code behindOutsider}: a session that is none of the actors was among its blockers.
     *
     * @return an episode of this pid that this sample showed to be over (a new wait began), or null
     */
    Episode waiting(int pid, double waitKey, long waitedMs, boolean behindOutsider, long sampleNanos) {
        Episode e = open.get(pid);
        Episode ended = null;
        if (e != null && !e.sameRequest(waitKey)) {
            ended = close(pid);
            e = null;
        }
        if (e == null) {
            e = new Episode(waitKey, sampleNanos - waitedMs * 1_000_000);
            open.put(pid, e);
        }
        if (!Double.isNaN(waitKey)) {
            e.key = waitKey;
        }
        e.endNanos = sampleNanos;
        e.behindOutsider |= behindOutsider;
        return ended;
    }

    /** A sample saw {@code pid} not waiting: its episode, if any, is over and returned. */
    Episode notWaiting(int pid) {
        return open.containsKey(pid) ? close(pid) : null;
    }

    /** Every open episode is over (the actor stopped). */
    List<Episode> closeAll() {
        List<Episode> ended = new ArrayList<>();
        for (Integer pid : List.copyOf(open.keySet())) {
            ended.add(close(pid));
        }
        return ended;
    }

    /**
     * The longest part of an episode at or after {@code fromNanos}, in ms; with {@code outsidersOnly},
     * of the episodes in which it waited behind a session that is none of the actors.
     */
    long longestMs(long fromNanos, boolean outsidersOnly) {
        long longest = 0;
        for (Episode e : closed) {
            if (!outsidersOnly || e.behindOutsider) {
                longest = Math.max(longest, e.millisAfter(fromNanos));
            }
        }
        for (Episode e : open.values()) {
            if (!outsidersOnly || e.behindOutsider) {
                longest = Math.max(longest, e.millisAfter(fromNanos));
            }
        }
        return longest;
    }

    private Episode close(int pid) {
        Episode e = open.remove(pid);
        if (closed.size() >= CAPACITY) {
            closed.remove(0);
        }
        closed.add(e);
        return e;
    }

    static final class Episode {
        private double key;
        final long startNanos;
        long endNanos;
        /** some sample saw a blocker that is none of the actors */
        boolean behindOutsider;

        Episode(double key, long startNanos) {
            this.key = key;
            this.startNanos = startNanos;
        }

        boolean sameRequest(double otherKey) {
            return Double.isNaN(key) || Double.isNaN(otherKey) || key == otherKey;
        }

        long millis() {
            return millisAfter(Long.MIN_VALUE);
        }

        long millisAfter(long fromNanos) {
            long start = fromNanos == Long.MIN_VALUE || startNanos - fromNanos > 0 ? startNanos : fromNanos;
            return Math.max(0, (endNanos - start) / 1_000_000);
        }
    }
}

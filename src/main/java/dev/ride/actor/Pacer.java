package dev.ride.actor;

/**
 * Hands a workload's connections the moments to start their next iteration, one interval apart for
 * the whole actor. A slot is never in the past: when every connection was busy (say, queued behind
 * a lock) the missed slots are dropped rather than replayed as a burst, as a real application's
 * callers would have given up on them.
 */
final class Pacer {

    private final long intervalNanos;
    private long next;

    Pacer(long intervalNanos) {
        this.intervalNanos = intervalNanos;
        this.next = System.nanoTime();
    }

    synchronized long nextSlot() {
        long now = System.nanoTime();
        long slot = next - now > 0 ? next : now;
        next = slot + intervalNanos;
        return slot;
    }
}

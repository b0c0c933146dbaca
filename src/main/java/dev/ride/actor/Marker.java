package dev.ride.actor;

import java.time.Duration;
import java.time.Instant;

/**
 * A point in the drill that counters can be read "since": taken with {@link Actors#mark()} (or
 * {@link #now()}) when something happens that a check will refer to, typically after each learner
 * statement completes. Ordered by the JVM's monotonic clock, so it compares exactly with the moments
 * actor statements completed; {@code at} is the wall-clock time for display.
 */
public record Marker(long nanos, Instant at) implements Comparable<Marker> {

    /** The start of time: counting since it counts everything. */
    public static final Marker ORIGIN = new Marker(Long.MIN_VALUE, Instant.EPOCH);

    public static Marker now() {
        return new Marker(System.nanoTime(), Instant.now());
    }

    /** This marker moved later by {@code settle}: "since the fix, once things settled". */
    public Marker plus(Duration settle) {
        return new Marker(nanos + settle.toNanos(), at.plus(settle));
    }

    @Override
    public int compareTo(Marker other) {
        return Long.compare(nanos, other.nanos);
    }
}

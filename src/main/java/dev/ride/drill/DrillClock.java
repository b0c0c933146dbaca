package dev.ride.drill;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The drill's clock: time since the shell opened and, for a timed drill, time left.
 * Monotonic (System.nanoTime) so a wall-clock change cannot add or steal minutes.
 */
public final class DrillClock {

    private final LongSupplier nanos;
    private final long startNanos;
    /** The start on System.nanoTime, the clock actor events are stamped with (the same as startNanos unless a demo clock). */
    private final long startSystemNanos = System.nanoTime();
    private final Duration limit;

    /** @param limit null for an untimed drill */
    public DrillClock(Duration limit) {
        this(limit, System::nanoTime);
    }

    /**
     * A clock reading another time source: a demo runs on the time of its typing schedule, so
     * the card shows the same time in every recording.
     */
    public DrillClock(Duration limit, LongSupplier nanos) {
        this.limit = limit;
        this.nanos = nanos;
        this.startNanos = nanos.getAsLong();
    }

    public Duration elapsed() {
        return Duration.ofNanos(nanos.getAsLong() - startNanos);
    }

    /**
     * How long after the start a moment stamped with {@link System#nanoTime()} was (an actor's event),
     * never negative: the application may begin failing a moment before the clock starts.
     */
    public Duration sinceStart(long systemNanos) {
        return Duration.ofNanos(Math.max(0, systemNanos - startSystemNanos));
    }

    public boolean isTimed() {
        return limit != null;
    }

    public Duration limit() {
        return limit;
    }

    /** Time left, never negative; {@link Duration#ZERO} when untimed. */
    public Duration remaining() {
        if (limit == null) {
            return Duration.ZERO;
        }
        Duration left = limit.minus(elapsed());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** "12:05" style, for prompts and cards. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                         : String.format("%d:%02d", s / 60, s % 60);
    }
}

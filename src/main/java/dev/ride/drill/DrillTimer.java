package dev.ride.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The countdown of a timed drill: a warning at 5 and at 1 minute left, then "time is up". It only
 * announces; what "up" means (cancel the query, end the input, submit) is the launcher's callback,
 * because only the launcher holds the shell and its input.
 */
public final class DrillTimer implements AutoCloseable {

    /** Warnings before the end, largest first; one is given only if the limit is longer than it. */
    static final List<Duration> WARNINGS = List.of(Duration.ofMinutes(5), Duration.ofMinutes(1));

    private final DrillClock clock;
    private final Consumer<String> announce;
    private final Runnable expired;
    private final AtomicBoolean up = new AtomicBoolean();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ride-drill-timer");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param announce receives each warning line (and the time-up line) from the timer's thread
     * @param expired  runs once, on the timer's thread, after the time-up line
     */
    /** The line announcing the end, for a front end that prints it itself once its prompt has closed. */
    public static String timeUpMessage() {
        return Messages.TIME_UP;
    }

    /** What the learner reads after the card of a drill whose time ran out. */
    public static String readingMessage() {
        return Messages.READING_AFTER_TIME;
    }

    /** What a statement typed after the time ran out gets. */
    public static String statementsClosedMessage() {
        return Messages.STATEMENTS_CLOSED;
    }

    public DrillTimer(DrillClock clock, Consumer<String> announce, Runnable expired) {
        if (!clock.isTimed()) {
            throw new IllegalArgumentException("an untimed drill has no timer");
        }
        this.clock = clock;
        this.announce = announce;
        this.expired = expired;
    }

    /** Schedules the warnings and the end, relative to the clock (which may have started earlier). */
    public DrillTimer start() {
        for (Duration before : warningsFor(clock.limit())) {
            schedule(clock.limit().minus(before), () -> announce.accept(Messages.timeLeft(before)));
        }
        schedule(clock.limit(), () -> {
            if (up.compareAndSet(false, true)) {
                announce.accept(Messages.TIME_UP);
                expired.run();
            }
        });
        return this;
    }

    /** True once the limit was reached. */
    public boolean isUp() {
        return up.get();
    }

    static List<Duration> warningsFor(Duration limit) {
        List<Duration> due = new ArrayList<>();
        for (Duration w : WARNINGS) {
            if (limit.compareTo(w) > 0) {
                due.add(w);
            }
        }
        return due;
    }

    private void schedule(Duration at, Runnable action) {
        // in nanoseconds: rounded down to milliseconds, the timer could fire while the clock
        // still shows a fraction of a millisecond left
        long delay = Math.max(0, at.minus(clock.elapsed()).toNanos());
        scheduler.schedule(action, delay, TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}

package dev.ride.sandbox.docker;

import java.io.PrintStream;
import java.util.Locale;

/**
 * How long each step of a Docker start took, one line per step on the console, when
 * {@code RIDE_TRACE_START=1}: the way to see where start-up time goes on a given machine.
 */
final class StartTrace {

    static final String ENV = "RIDE_TRACE_START";

    private final PrintStream console;
    private final long begin;
    private long last;

    private StartTrace(PrintStream console, long begin) {
        this.console = console;
        this.begin = begin;
        this.last = begin;
    }

    /** A trace that prints when the environment asks for it, and does nothing otherwise. */
    static StartTrace fromEnvironment(PrintStream console, long beginNanos) {
        return new StartTrace("1".equals(System.getenv(ENV)) ? console : null, beginNanos);
    }

    /**
     * What happened before this trace began, from the process's own start (the launcher script,
     * the JVM's launch, the command line): the first line of a start's trace, so the steps add up
     * to the wall time.
     */
    void sinceProcessStart(String name) {
        if (console == null) {
            return;
        }
        ProcessAge.nanos().ifPresent(age -> console.println(String.format(Locale.ROOT,
                "ride docker start: %-32s %6.0f ms (at %6.0f ms)", name, age / 1e6, 0.0)));
    }

    /** The step that just ended: its time since the step before (the steps add up to the wall time). */
    synchronized void step(String name) {
        if (console == null) {
            return;
        }
        long now = System.nanoTime();
        console.println(String.format(Locale.ROOT, "ride docker start: %-32s %6.0f ms (at %6.0f ms)", name,
                (now - last) / 1e6, (now - begin) / 1e6));
        last = now;
    }

    /**
     * Something that ended on a thread of its own, beside the steps (a part of a topology starting
     * at the same time as the others): the time since {@code sinceNanos} and when it ended, in a
     * line of its own shape, so that it is read as a detail and not added to the steps.
     */
    synchronized void beside(String name, long sinceNanos) {
        if (console == null) {
            return;
        }
        long now = System.nanoTime();
        console.println(String.format(Locale.ROOT, "ride docker start:   | %-30s %6.0f ms, ended at %6.0f ms", name,
                (now - sinceNanos) / 1e6, (now - begin) / 1e6));
    }
}

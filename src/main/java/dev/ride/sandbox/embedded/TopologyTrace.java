package dev.ride.sandbox.embedded;

import java.io.PrintStream;
import java.util.Locale;

/**
 * How long each step of an embedded topology's start or reset took, one line per step on stderr,
 * when {@code RIDE_TRACE_START=1} (as the docker engine's trace): the way to see where the time of
 * a primary and its standbys goes on a given machine. Steps may end on several threads.
 */
final class TopologyTrace {

    static final String ENV = "RIDE_TRACE_START";

    private final PrintStream console;
    private final String what;
    private final long begin;

    private TopologyTrace(PrintStream console, String what, long begin) {
        this.console = console;
        this.what = what;
        this.begin = begin;
    }

    /** A trace of {@code what} ("start", "reset") that prints when the environment asks for it. */
    static TopologyTrace fromEnvironment(String what) {
        return new TopologyTrace("1".equals(System.getenv(ENV)) ? System.err : null, what, System.nanoTime());
    }

    /** The step that just ended, with the time since the trace began. */
    void step(String name) {
        if (console == null) {
            return;
        }
        long now = System.nanoTime();
        console.println(String.format(Locale.ROOT, "ride embedded %s: %-40s at %6.0f ms", what, name, (now - begin) / 1e6));
    }
}

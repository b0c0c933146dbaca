package dev.ride.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import dev.ride.actor.ActorEvent;
import dev.ride.score.Timeline;

/**
 * The actors' side of the timeline: their event log, compressed to what a person wants to read.
 * A workload failing 200 times is one "failing" line (the log already holds only its first failure
 * per SQLSTATE) and one "recovered" line; the stragglers of a fix (a statement parsed just before it
 * fails just after, so "recovered, failing, recovered" within a moment) read as one recovery; lock
 * waits under {@link #LOCK_WAIT_SHOWN} are left out and a queue of waits is one line; repeated
 * terminations are one line with a count. Starts and reconnects are not shown.
 */
final class ActorStory {

    /** A lock wait shorter than this is ordinary traffic, not part of the incident. */
    static final Duration LOCK_WAIT_SHOWN = Duration.ofSeconds(1);
    /** A failure this soon after a recovery, with the same SQLSTATE, is a straggler: no new line. */
    static final Duration FLAP = Duration.ofSeconds(1);
    /** Lock waits of one actor closer than this are one queue, one line. */
    static final Duration WAIT_GAP = Duration.ofSeconds(1);

    private final LongFunction<Duration> offset;
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Line> last = new HashMap<>();
    private final Map<String, Line> lastWait = new HashMap<>();
    private final Map<String, String> failingWith = new HashMap<>();
    private final Map<String, String> recoveredFrom = new HashMap<>();

    /** @param offset an event's System.nanoTime stamp → time since the drill started */
    private ActorStory(LongFunction<Duration> offset) {
        this.offset = offset;
    }

    /** The compressed lines, in the order of their events (a lock wait is placed where it began). */
    static List<Timeline.Entry> of(List<ActorEvent> events, LongFunction<Duration> offset) {
        ActorStory story = new ActorStory(offset);
        events.forEach(story::add);
        return story.lines.stream().filter(l -> !l.dropped).map(Line::entry).toList();
    }

    private void add(ActorEvent e) {
        switch (e.kind()) {
            case FAILING -> failing(e);
            case RECOVERED -> {
                recoveredFrom.put(e.actor(), failingWith.remove(e.actor()));
                line(e.actor(), e.nanos(), "recovered");
            }
            case LOCK_WAIT -> lockWait(e);
            case TERMINATED -> terminated(e);
            case GONE -> line(e.actor(), e.nanos(), "gone (it will not come back)");
            default -> { } // STARTED, RECONNECTED: the app doing what it does
        }
    }

    private void failing(ActorEvent e) {
        Line previous = last.get(e.actor());
        if (previous != null && previous.what.equals("recovered") && e.sqlState().equals(recoveredFrom.get(e.actor()))
                && e.nanos() - previous.nanos < FLAP.toNanos()) {
            previous.dropped = true; // a straggler: it was still failing, the next recovery is the real one
            last.remove(e.actor());
            failingWith.put(e.actor(), e.sqlState());
            return;
        }
        failingWith.put(e.actor(), e.sqlState());
        line(e.actor(), e.nanos(), "failing with " + e.sqlState() + ": " + serverMessage(e.message()));
    }

    private void lockWait(ActorEvent e) {
        if (e.millis() < LOCK_WAIT_SHOWN.toMillis()) {
            return;
        }
        long start = e.nanos() - e.millis() * 1_000_000;
        Line queue = lastWait.get(e.actor());
        if (queue != null && queue == last.get(e.actor()) && start - queue.endNanos < WAIT_GAP.toNanos()) {
            queue.endNanos = Math.max(queue.endNanos, e.nanos());
            queue.longestMs = Math.max(queue.longestMs, e.millis());
            queue.what = "waited on locks, up to " + seconds(queue.longestMs) + " s at a time";
            return;
        }
        Line wait = line(e.actor(), start, "waited " + seconds(e.millis()) + " s on a lock");
        wait.endNanos = e.nanos();
        wait.longestMs = e.millis();
        lastWait.put(e.actor(), wait);
    }

    private void terminated(ActorEvent e) {
        Line previous = last.get(e.actor());
        if (previous != null && previous.what.startsWith("terminated")) {
            previous.count++;
            previous.what = "terminated (" + previous.count + " times)";
            return;
        }
        line(e.actor(), e.nanos(), "terminated").count = 1;
    }

    private Line line(String actor, long nanos, String what) {
        Line line = new Line(actor, nanos, what);
        lines.add(line);
        last.put(actor, line);
        return line;
    }

    /** The driver's message without its severity: "column ... does not exist". */
    private static String serverMessage(String message) {
        return message == null ? "" : message.replaceFirst("^(ERROR|FATAL):\\s+", "").lines().findFirst().orElse("");
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }

    /** A line being built: later events of the same actor may still change or drop it. */
    private final class Line {
        final String actor;
        final long nanos;
        String what;
        boolean dropped;
        long endNanos;
        long longestMs;
        int count;

        Line(String actor, long nanos, String what) {
            this.actor = actor;
            this.nanos = nanos;
            this.what = what;
        }

        Timeline.Entry entry() {
            return new Timeline.Entry(offset.apply(nanos), actor, what);
        }
    }
}

package dev.ride.drill;

import dev.ride.shell.ShellHost.ExecutedInput;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the learner did in this drill, in order: what the shell ran (and where), the hints
 * they took and the resets. The scorer reads it as evidence; it survives a dead sandbox because it
 * lives in the JVM, not in the database.
 */
public final class Transcript {

    /** One thing that happened, {@code at} measured from the start of the drill. */
    public record Entry(Duration at, Kind kind, String database, String text, String error) {
        public enum Kind { SQL, META, HINT, RESET, SUBMIT, ACTION }
    }

    private final DrillClock clock;
    private final List<Entry> entries = new ArrayList<>();

    public Transcript(DrillClock clock) {
        this.clock = clock;
    }

    public synchronized void executed(ExecutedInput input) {
        Entry.Kind kind = input.kind() == ExecutedInput.Kind.SQL ? Entry.Kind.SQL : Entry.Kind.META;
        entries.add(new Entry(clock.elapsed(), kind, input.database(), input.text(), input.error()));
    }

    public synchronized void note(Entry.Kind kind, String database, String text) {
        entries.add(new Entry(clock.elapsed(), kind, database, text, null));
    }

    /** Something the learner did outside SQL that failed (an operator action), with its message. */
    public synchronized void noteFailed(Entry.Kind kind, String database, String text, String error) {
        entries.add(new Entry(clock.elapsed(), kind, database, text, error));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Entries after the last {@code :reset}: a reset puts the databases back, so older work no longer shows. */
    public synchronized List<Entry> sinceLastReset() {
        int start = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).kind() == Entry.Kind.RESET) {
                start = i + 1;
            }
        }
        return List.copyOf(entries.subList(start, entries.size()));
    }

    public synchronized List<Entry> hints() {
        List<Entry> hints = new ArrayList<>();
        for (Entry e : entries) {
            if (e.kind() == Entry.Kind.HINT) {
                hints.add(e);
            }
        }
        return hints;
    }
}

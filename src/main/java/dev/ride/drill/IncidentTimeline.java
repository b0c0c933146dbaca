package dev.ride.drill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import dev.ride.actor.ActorEvent;
import dev.ride.score.Timeline;

/**
 * Builds the card's timeline: the actors' compressed story ({@link ActorStory}) merged in time order
 * with what the learner did: statements that change something (not SELECT, SHOW, EXPLAIN, \d and
 * other meta-commands), hints taken and resets. A statement repeated in a row is one line with a count.
 */
final class IncidentTimeline {

    /** Longest statement text on a line; the rest is cut with "…". */
    static final int STATEMENT_WIDTH = 72;

    private static final Pattern LEADING_COMMENTS = Pattern.compile("^(\\s|--[^\\n]*(\\n|$)|/\\*.*?\\*/)*", Pattern.DOTALL);
    private static final Pattern READ_ONLY = Pattern.compile("^\\(*\\s*(select|show|explain|table|values|fetch)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH = Pattern.compile("^with\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITES = Pattern.compile("\\b(insert|update|delete|merge)\\b", Pattern.CASE_INSENSITIVE);

    private IncidentTimeline() {
    }

    static Timeline of(List<Transcript.Entry> transcript, List<ActorEvent> events, DrillClock clock) {
        List<Timeline.Entry> all = new ArrayList<>(ActorStory.of(events, clock::sinceStart));
        all.addAll(learner(transcript));
        all.sort(Comparator.comparing(Timeline.Entry::at)); // stable: ties keep actors' lines first
        return new Timeline(all);
    }

    private static List<Timeline.Entry> learner(List<Transcript.Entry> transcript) {
        List<Timeline.Entry> lines = new ArrayList<>();
        String previous = null;
        int repeats = 0;
        for (Transcript.Entry e : transcript) {
            String what = what(e);
            if (what == null) {
                continue;
            }
            if (what.equals(previous)) {
                repeats++;
                Timeline.Entry first = lines.remove(lines.size() - 1);
                lines.add(new Timeline.Entry(first.at(), Timeline.YOU, what + " (" + repeats + " times)"));
                continue;
            }
            previous = what;
            repeats = 1;
            lines.add(new Timeline.Entry(e.at(), Timeline.YOU, what));
        }
        return lines;
    }

    /** The line for a transcript entry, or null when it is not part of the story. */
    private static String what(Transcript.Entry e) {
        return switch (e.kind()) {
            case SQL -> changes(e.text()) ? e.database() + ": " + oneLine(e.text()) + (e.error() == null ? "" : " (failed)") : null;
            case HINT -> ":" + e.text(); // ":hint 2"
            case RESET -> ":reset";
            case ACTION -> e.text() + (e.error() == null ? "" : " (failed)"); // ":action promote standby"
            default -> null;
        };
    }

    /** False for statements that only read. */
    static boolean changes(String sql) {
        String s = LEADING_COMMENTS.matcher(sql).replaceFirst("");
        if (s.isEmpty() || READ_ONLY.matcher(s).find()) {
            return false;
        }
        return !WITH.matcher(s).find() || WRITES.matcher(s).find();
    }

    private static String oneLine(String sql) {
        String s = LEADING_COMMENTS.matcher(sql).replaceFirst("").replaceAll("\\s+", " ").strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.length() <= STATEMENT_WIDTH ? s : s.substring(0, STATEMENT_WIDTH - 1) + "…";
    }
}

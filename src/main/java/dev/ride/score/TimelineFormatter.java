package dev.ride.score;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.ride.text.Wrap;

/** The card's timeline for a terminal, and as the {@code timeline} array of {@code :submit --json}. */
public final class TimelineFormatter {

    private TimelineFormatter() {
    }

    /**
     * One line per entry under a heading, "  01:12  you         tenant_b: ALTER TABLE ...";
     * nothing at all for an empty timeline.
     */
    public static String text(Timeline timeline, String heading) {
        return text(timeline, heading, 0);
    }

    /**
     * The same, each entry wrapped at word boundaries to {@code width} columns (0: not wrapped),
     * its continuation lines under the text of the entry.
     */
    public static String text(Timeline timeline, String heading, int width) {
        if (timeline.isEmpty()) {
            return "";
        }
        int who = timeline.entries().stream().mapToInt(e -> e.who().length()).max().orElse(0);
        StringBuilder out = new StringBuilder(heading).append('\n');
        for (Timeline.Entry e : timeline.entries()) {
            String line = "  " + offset(e) + "  " + e.who() + " ".repeat(who - e.who().length() + 2) + e.what();
            int hang = "00:00  ".length() + who + 2; // under the text, past the indentation of 2
            for (String part : Wrap.line(line, width, hang)) {
                out.append(part).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code [{"at_s": 72, "who": "you", "what": "..."}]} */
    public static ArrayNode json(Timeline timeline) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Timeline.Entry e : timeline.entries()) {
            array.addObject().put("at_s", e.at().toSeconds()).put("who", e.who()).put("what", e.what());
        }
        return array;
    }

    /** mm:ss from the drill's start (minutes go past 59 rather than adding hours). */
    private static String offset(Timeline.Entry e) {
        long s = e.at().toSeconds();
        return String.format("%02d:%02d", s / 60, s % 60);
    }
}

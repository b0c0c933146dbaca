package dev.ride.score;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The card's timeline for a terminal, and as the {@code timeline} array of {@code :submit --json}. */
public final class TimelineFormatter {

    private TimelineFormatter() {
    }

    /**
     * One line per entry under a heading, "  01:12  you         tenant_b: ALTER TABLE ...";
     * nothing at all for an empty timeline.
     */
    public static String text(Timeline timeline, String heading) {
        if (timeline.isEmpty()) {
            return "";
        }
        int who = timeline.entries().stream().mapToInt(e -> e.who().length()).max().orElse(0);
        StringBuilder out = new StringBuilder(heading).append('\n');
        for (Timeline.Entry e : timeline.entries()) {
            out.append("  ").append(offset(e)).append("  ").append(e.who())
                    .append(" ".repeat(who - e.who().length() + 2)).append(e.what()).append('\n');
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

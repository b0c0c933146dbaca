package dev.ride.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ride.score.ScoreCard;
import dev.ride.score.ScoreCardFormatter;
import dev.ride.score.Timeline;
import dev.ride.score.TimelineFormatter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the drill adds to the scorer's card: the time limit, the hints taken (which, when) and, in
 * JSON, the incident's timeline.
 * In JSON they come after {@code elapsed_s}, so the documented fields keep their order and a
 * solution's {@code .card.json} (which stops before {@code elapsed_s}) is unchanged.
 *
 * @param limit null for an untimed drill
 * @param hints each hint taken, in order
 */
public record DrillFacts(Duration limit, List<HintTaken> hints) {

    /** Hint {@code number} was shown {@code at} after the start. */
    public record HintTaken(int number, Duration at) { }

    private static final ObjectMapper JSON = new ObjectMapper();

    public DrillFacts {
        hints = List.copyOf(hints);
    }

    static DrillFacts of(Drill drill) {
        List<HintTaken> taken = new ArrayList<>();
        for (Transcript.Entry e : drill.transcript().hints()) {
            taken.add(new HintTaken(Integer.parseInt(e.text().substring("hint ".length())), e.at()));
        }
        return new DrillFacts(drill.clock().limit(), taken);
    }

    /** {@code :submit --json}: the scorer's line, then {@code limit_s}, {@code hints} and {@code timeline}. */
    public String json(ScoreCard card, Timeline timeline) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(ScoreCardFormatter.json(card));
            if (limit == null) {
                root.putNull("limit_s");
            } else {
                root.put("limit_s", limit.toSeconds());
            }
            ArrayNode array = root.putArray("hints");
            for (HintTaken h : hints) {
                array.addObject().put("n", h.number()).put("at_s", h.at().toSeconds());
            }
            root.set("timeline", TimelineFormatter.json(timeline));
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the formatter's own JSON always parses", e);
        }
    }

    /** The line under the text card: "Time 3:12 of 15:00 · Hints: 1 at 0:42, 2 at 2:05". */
    public String textLine(ScoreCard card) {
        String time = DrillClock.format(Duration.ofSeconds(card.elapsedSeconds()))
                + (limit == null ? " (untimed)" : " of " + DrillClock.format(limit));
        StringBuilder line = new StringBuilder("Time ").append(time).append(" · Hints: ");
        if (hints.isEmpty()) {
            line.append("none");
        }
        for (int i = 0; i < hints.size(); i++) {
            line.append(i == 0 ? "" : ", ").append(hints.get(i).number()).append(" at ")
                    .append(DrillClock.format(hints.get(i).at()));
        }
        return line.toString();
    }
}

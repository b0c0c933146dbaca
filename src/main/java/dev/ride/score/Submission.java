package dev.ride.score;

import java.util.List;
import java.util.Map;

/**
 * What the drill hands the scorer at a {@code :submit}.
 *
 * @param transcript             what the learner ran since the last reset, in order
 * @param statementsBeforeChange pg_stat_statements as read at the shell's first change in each database
 *                               (see {@link Evidence})
 * @param elapsedSeconds         time since the drill started
 * @param live                   the actors' side ({@link LiveEvidence#NONE} for a snapshot scenario)
 * @param hintsUsed              hints taken in the whole drill (a reset does not give them back)
 */
public record Submission(List<TranscriptInput> transcript, Map<String, List<String>> statementsBeforeChange,
                         long elapsedSeconds, LiveEvidence live, int hintsUsed) {

    public Submission {
        transcript = List.copyOf(transcript);
        statementsBeforeChange = Map.copyOf(statementsBeforeChange);
    }

    public static Submission of(List<TranscriptInput> transcript, long elapsedSeconds, LiveEvidence live) {
        return new Submission(transcript, Map.of(), elapsedSeconds, live, 0);
    }
}

package dev.ride.drill;

import dev.ride.score.ScoreCard;
import dev.ride.score.ScoreCardFormatter;
import dev.ride.score.Scorer;
import dev.ride.score.Submission;
import dev.ride.score.Timeline;
import dev.ride.score.TimelineFormatter;
import dev.ride.score.TranscriptInput;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * :submit — turns the transcript into evidence, asks the scorer, prints the card. Every :submit is
 * an attempt; the first one of the drill is the score, later ones are practice (a reset does not
 * start the count again, so a class or a hiring drill sees a first-try solve as one).
 */
final class Submitter {

    private final Drill drill;
    private final Scorer scorer = new Scorer();
    private int attempts;
    private Integer firstScore;

    Submitter(Drill drill) {
        this.drill = drill;
    }

    ScoreCard submit(String currentDatabase, boolean json, PrintWriter out) {
        // an idle hold learns of its termination from the monitor's samples: one now, so that a
        // pg_terminate_backend just before :submit counts on a loaded machine too
        drill.sampleActorsNow();
        Submission submission = new Submission(evidence(), drill.firstChanges().statements(),
                drill.clock().elapsed().toSeconds(), drill.liveEvidence(), drill.transcript().hints().size());
        ScoreCard card = scorer.score(drill.scenario(), drill.sandbox(), submission);
        attempts++;
        if (firstScore == null) {
            firstScore = card.score();
        }
        card = card.asAttempt(attempts, firstScore);
        drill.transcript().note(Transcript.Entry.Kind.SUBMIT, currentDatabase,
                ":submit " + card.score() + "/" + card.max());
        DrillFacts facts = DrillFacts.of(drill);
        Timeline timeline = drill.timeline();
        if (json) {
            out.println(facts.json(card, timeline));
        } else {
            out.print(ScoreCardFormatter.text(card, drill.color(), drill.width()));
            out.println(facts.textLine(card));
            if (!timeline.isEmpty()) {
                out.println();
                out.print(TimelineFormatter.text(timeline, "Timeline", drill.width()));
            }
        }
        record(card, json ? new PrintWriter(System.err, true) : out);
        return card;
    }

    /** Appends to the progress file; a file that is not ours is left alone, with one line saying so. */
    private void record(ScoreCard card, PrintWriter problems) {
        if (drill.progress() == null) {
            return;
        }
        try {
            drill.progress().append(ProgressLog.attemptOf(card, drill.transcript().hints().size(), Instant.now()));
        } catch (IOException e) {
            problems.println("ride: progress not saved: " + e.getMessage());
        }
    }

    /**
     * What ran since the last reset, where, in order, and whether it worked: failed statements
     * count as looking, never as a change.
     */
    private List<TranscriptInput> evidence() {
        List<TranscriptInput> inputs = new ArrayList<>();
        for (Transcript.Entry e : drill.transcript().sinceLastReset()) {
            // an operator action is evidence too (":action promote standby"), as a meta-command is
            if (e.kind() == Transcript.Entry.Kind.SQL || e.kind() == Transcript.Entry.Kind.META
                    || e.kind() == Transcript.Entry.Kind.ACTION) {
                inputs.add(new TranscriptInput(e.database(), e.text(), e.error() == null, e.at()));
            }
        }
        return inputs;
    }
}

package dev.ride.score;

import java.time.Duration;

/**
 * One thing the learner ran in the shell: a statement (without its ';') or a meta-command line,
 * the database it ran in, whether it succeeded and when (from the start of the drill). Failed
 * inputs belong here too: an attempt is evidence of looking, though never of a change.
 *
 * @param at null when unknown (a statement seen only in pg_stat_statements)
 */
public record TranscriptInput(String database, String text, boolean succeeded, Duration at) {

    /** A statement that worked, at an unknown time (tests, replays). */
    public TranscriptInput(String database, String text) {
        this(database, text, true, null);
    }
}

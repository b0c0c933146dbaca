package dev.ride.score;

/**
 * One thing the learner ran in the shell: a statement (without its ';') or a meta-command line,
 * and the database it ran in. Failed inputs belong here too: an attempt is evidence.
 */
public record TranscriptInput(String database, String text) { }

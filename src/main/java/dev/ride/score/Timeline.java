package dev.ride.score;

import java.time.Duration;
import java.util.List;

/**
 * The incident's story, for the card: when the application began failing or waiting, what the
 * learner ran, and when the application recovered, in order, one line each.
 */
public record Timeline(List<Entry> entries) {

    /** The learner's lines carry this {@code who}. */
    public static final String YOU = "you";

    /**
     * @param at   since the drill started
     * @param who  an actor's name, or {@link #YOU}
     * @param what e.g. "failing with 42703: column ..." or "tenant_b: ALTER TABLE orders ..."
     */
    public record Entry(Duration at, String who, String what) { }

    public Timeline {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}

package dev.ride.scenario;

import java.util.List;

/**
 * One line of the score card.
 *
 * @param databases  where the conditions must hold ({@code in}; every scenario database when absent)
 * @param any        {@code ran}/{@code not_ran} conditions need to hold in only one of {@code databases}
 * @param conditions all must hold
 * @param beforeFix  its {@code ran} conditions count only what ran before the learner's first change in a
 *                   database where the Fix section earned points (default for Detect checks)
 * @param found      a query whose one value the card prints beside the check when it fails ("found: …");
 *                   null when the check declares none
 * @param server     the server (or pooler) its queries and {@code as_app} run on ({@code on:}); null for
 *                   the primary
 */
public record Check(String id, String title, int points, List<String> databases, boolean any,
                    List<Condition> conditions, boolean beforeFix, String found, String server) {

    public Check {
        databases = List.copyOf(databases);
        conditions = List.copyOf(conditions);
    }

    /** A check on the primary. */
    public Check(String id, String title, int points, List<String> databases, boolean any,
                 List<Condition> conditions, boolean beforeFix, String found) {
        this(id, title, points, databases, any, conditions, beforeFix, found, null);
    }
}

package dev.ride.scenario;

import java.util.List;

/**
 * One line of the score card.
 *
 * @param databases  where the conditions must hold ({@code in}; every scenario database when absent)
 * @param any        {@code ran}/{@code not_ran} conditions need to hold in only one of {@code databases}
 * @param conditions all must hold
 */
public record Check(String id, String title, int points, List<String> databases, boolean any,
                    List<Condition> conditions) {

    public Check {
        databases = List.copyOf(databases);
        conditions = List.copyOf(conditions);
    }
}

package dev.ride.scenario;

import java.util.regex.Pattern;

/** One condition of a {@link Check}; the check passes when all of its conditions hold. */
public sealed interface Condition {

    /** The query, run by the scorer in the database, returns one row whose first column is true. */
    record Sql(String query) implements Condition { }

    /** Some input the learner ran in the database matches. */
    record Ran(Pattern pattern) implements Condition { }

    /** Nothing the learner ran in the database matches. */
    record NotRan(Pattern pattern) implements Condition { }

    /**
     * How manifest regexes are compiled: case-insensitive, and {@code .} also matches a line break
     * because a statement typed over several lines reaches the transcript as one text.
     */
    static Pattern regex(String source) {
        return Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}

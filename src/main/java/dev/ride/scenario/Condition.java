package dev.ride.scenario;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** One condition of a {@link Check}; the check passes when all of its conditions hold. */
public sealed interface Condition {

    /** The query, run by the scorer in the database, returns one row whose first column is true. */
    record Sql(String query, java.time.Duration within) implements Condition {

        /** A query judged once, on what the scorer read when :submit began. */
        public Sql(String query) {
            this(query, null);
        }
    }

    /** Some input the learner ran in the database matches. */
    record Ran(Pattern pattern) implements Condition { }

    /** Nothing the learner ran in the database matches. */
    record NotRan(Pattern pattern) implements Condition { }

    /**
     * The application's statements work when run as its role (in the check's databases, in a
     * transaction that is rolled back); with {@code planHas}/{@code planLacks}, EXPLAIN of the last
     * statement shows (or does not show) that text, e.g. {@code Index Scan}.
     */
    record AsApp(String role, List<String> statements, String planHas, String planLacks) implements Condition {
        public AsApp {
            statements = List.copyOf(statements);
        }
    }

    /**
     * What a live actor went through. Each part is optional (null: not judged):
     * {@code works}: since the learner's last statement it succeeded at least {@code minSuccesses}
     * times and never failed (false: it still fails); {@code alive}: its session exists;
     * {@code terminated}: one of its backends was terminated during the drill (false: never), which a
     * reconnecting actor's {@code alive} cannot tell; {@code lockWaitUnder}: no statement of it waited
     * on a lock that long during the drill; {@code lockWaitBehindYouUnder}: the same, counting only
     * the waits in which a blocker was a session that is none of the actors (the learner's shell or
     * psql), so that a scenario whose application queues behind its own lock holder at the start can
     * still judge what the learner's statements made it wait (a plain CREATE INDEX, say);
     * {@code within}: how long the scorer may wait for {@code works} evidence, from the start of
     * judging, when the card's own bound is too short for the successes a check needs (null: the
     * card's bound).
     */
    record ActorCheck(String actor, Boolean works, Boolean alive, Boolean terminated, Duration lockWaitUnder,
                      Duration lockWaitBehindYouUnder, int minSuccesses, Duration within)
            implements Condition {

        /** A check with the card's own waiting bound (no {@code within:}). */
        public ActorCheck(String actor, Boolean works, Boolean alive, Boolean terminated, Duration lockWaitUnder,
                          Duration lockWaitBehindYouUnder, int minSuccesses) {
            this(actor, works, alive, terminated, lockWaitUnder, lockWaitBehindYouUnder, minSuccesses, null);
        }
    }

    /**
     * The state of one server of the topology, each part optional (null: not judged): {@code role}
     * what it is now ({@code primary}: accepts writes, {@code standby}: in recovery), {@code running}
     * whether it runs, {@code replayPaused} whether its WAL replay is paused (a primary's never is).
     * A stopped server has no role and no replay: a check asking for either fails.
     */
    record ServerState(String server, Role role, Boolean running, Boolean replayPaused) implements Condition {

        public enum Role { PRIMARY, STANDBY }
    }

    /**
     * How manifest regexes are compiled: case-insensitive, and {@code .} also matches a line break
     * because a statement typed over several lines reaches the transcript as one text.
     */
    static Pattern regex(String source) {
        return Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}

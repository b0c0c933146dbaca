package dev.ride.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.ride.sql.StatementEffect;

/**
 * What the learner ran, per database: the shell's transcript in order, and the statements
 * pg_stat_statements saw (so work done in the learner's own psql or DBeaver counts too).
 *
 * <p>Evidence has a time. The shell's inputs are in order, so "before the first change" is exact
 * for them: the first input in the database that succeeded and may have changed something
 * ({@link StatementEffect}). pg_stat_statements keeps no time (PostgreSQL 15), so the drill reads it
 * at the shell's first change in each database ({@code statementsBeforeChange}): what it held then
 * came before the change. Work done only in another client, with no change through the shell,
 * counts as before: there is no moment to compare it with.
 *
 * @param transcript            the shell's inputs per database, in the order they ran
 * @param statements            the learner's statements in pg_stat_statements now, per database
 * @param statementsBeforeChange pg_stat_statements at the shell's first change, per database where one was read
 * @param ordered               every input of the shell, in the order they ran (across databases)
 */
public record Evidence(Map<String, List<TranscriptInput>> transcript, Map<String, List<String>> statements,
                       Map<String, List<String>> statementsBeforeChange, List<TranscriptInput> ordered) {

    public Evidence {
        transcript = Map.copyOf(copy(transcript));
        statements = Map.copyOf(copy(statements));
        statementsBeforeChange = Map.copyOf(copy(statementsBeforeChange));
        ordered = List.copyOf(ordered);
    }

    public static Evidence of(List<TranscriptInput> inputs, Map<String, List<String>> statements) {
        return of(inputs, statements, Map.of());
    }

    public static Evidence of(List<TranscriptInput> inputs, Map<String, List<String>> statements,
                              Map<String, List<String>> statementsBeforeChange) {
        Map<String, List<TranscriptInput>> transcript = new HashMap<>();
        for (TranscriptInput input : inputs) {
            transcript.computeIfAbsent(input.database(), db -> new ArrayList<>()).add(input);
        }
        return new Evidence(transcript, statements, statementsBeforeChange, inputs);
    }

    /**
     * Like {@link #ran}, counting only what the shell ran in {@code database} before its first
     * change in any of {@code changedIn}, and before any operator move that changes the whole
     * sandbox: an {@code :action}, or a change on the pooler's admin console ({@code consoleDatabase}).
     * For a fixed database its pg_stat_statements evidence counts as in {@link #ranBeforeChange};
     * for a place where nothing is fixed itself, such as the admin console, only the shell's.
     */
    public boolean ranBeforeChangeIn(String database, java.util.Set<String> changedIn, String consoleDatabase,
                                     Pattern pattern) {
        for (TranscriptInput input : ordered) {
            if (input.succeeded() && changesSandbox(input, changedIn, consoleDatabase)) {
                break;
            }
            if (input.database().equals(database) && pattern.matcher(input.text()).find()) {
                return true;
            }
        }
        if (!changedIn.contains(database)) {
            return false;
        }
        // the snapshot was read at the first change in the database or at the first operator move
        // (FirstChanges), whichever came first; without either, nothing changed: all of it is before
        boolean changed = firstChange(inputs(database)) >= 0 || statementsBeforeChange.containsKey(database);
        return matches(changed ? statementsBeforeChange.get(database) : statements.get(database), pattern);
    }

    /** Something run in {@code database} matches ({@code find()}): an attempt that failed counts. */
    public boolean ran(String database, Pattern pattern) {
        return inputs(database).stream().anyMatch(i -> pattern.matcher(i.text()).find())
                || matches(statements.get(database), pattern);
    }

    /** Like {@link #ran}, counting only what ran before the learner's first change in {@code database}. */
    public boolean ranBeforeChange(String database, Pattern pattern) {
        List<TranscriptInput> inputs = inputs(database);
        int change = firstChange(inputs);
        if (change < 0) {
            return ran(database, pattern);
        }
        return inputs.subList(0, change).stream().anyMatch(i -> pattern.matcher(i.text()).find())
                || matches(statementsBeforeChange.get(database), pattern);
    }

    /**
     * The first input in {@code database} that matches and took effect (it succeeded; a failed
     * statement changed nothing), else a matching statement of pg_stat_statements (which records
     * only statements that completed), at an unknown time.
     */
    public Optional<TranscriptInput> tookEffect(String database, Pattern pattern) {
        for (TranscriptInput input : inputs(database)) {
            if (input.succeeded() && pattern.matcher(input.text()).find()) {
                return Optional.of(input);
            }
        }
        List<String> seen = statements.get(database);
        if (seen != null) {
            for (String text : seen) {
                if (pattern.matcher(text).find()) {
                    return Optional.of(new TranscriptInput(database, text, true, null));
                }
            }
        }
        return Optional.empty();
    }

    private List<TranscriptInput> inputs(String database) {
        return transcript.getOrDefault(database, List.of());
    }

    private static int firstChange(List<TranscriptInput> inputs) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).succeeded() && StatementEffect.changes(inputs.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A change in one of {@code changedIn}, an operator action, or a command on the pooler's
     * console other than SHOW (SET, KILL, PAUSE, RELOAD change the pooler; a console SET is
     * no session setting).
     */
    private static boolean changesSandbox(TranscriptInput input, java.util.Set<String> changedIn, String consoleDatabase) {
        String text = input.text().strip();
        if (text.startsWith(":action ")) {
            return true;
        }
        if (input.database().equals(consoleDatabase)) {
            return consoleChange(text);
        }
        return changedIn.contains(input.database()) && StatementEffect.changes(text);
    }

    /**
     * Whether an input on the pooler's admin console changes the pooler (SET, KILL, PAUSE,
     * RECONNECT, RELOAD): anything but SHOW, a meta-command, or a drill command other than
     * {@code :action} (:log reads, whatever the shell is connected to).
     */
    public static boolean consoleChange(String input) {
        String text = input.strip();
        return !text.isEmpty() && !text.startsWith("\\") && !text.startsWith(":")
                && !text.regionMatches(true, 0, "show", 0, 4);
    }

    private static boolean matches(List<String> texts, Pattern pattern) {
        return texts != null && texts.stream().anyMatch(t -> pattern.matcher(t).find());
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> map) {
        Map<String, List<T>> copy = new HashMap<>();
        map.forEach((db, texts) -> copy.put(db, List.copyOf(texts)));
        return copy;
    }
}

package dev.ride.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a statement that only looks (reads, explains, shows, opens or ends a transaction) from one
 * that changes something on the server. The scorer orders evidence by it: "you looked before you
 * changed". Read from the text, so it errs on the side of "changes" for what it cannot see into
 * ({@code CALL}, {@code DO}, {@code EXECUTE}): a wrong "changes" only moves the learner's fix
 * moment earlier for an unusual statement, while a wrong "looks" would let evidence taken after
 * the fix count.
 */
public final class StatementEffect {

    /**
     * Drill commands that reach the transcript and change nothing: reading the server log, and
     * {@code :action} alone, which lists the servers and what they are.
     */
    private static final java.util.regex.Pattern READS_ONLY_COMMAND = java.util.regex.Pattern.compile("(?s):log\\b.*|:action\\s*");


    /** First words of statements that never change data, schema, settings on disk or other sessions. */
    private static final Set<String> LOOKING = Set.of(
            "SELECT", "TABLE", "VALUES", "SHOW", "EXPLAIN", "WITH", "FETCH", "MOVE", "CLOSE", "DECLARE",
            "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "SET", "RESET",
            "DISCARD", "LISTEN", "UNLISTEN", "DEALLOCATE", "PREPARE", "LOCK");

    /** Words inside a looking statement that make it change something after all. */
    private static final Set<String> WRITING_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "INTO");

    /**
     * Functions a SELECT can call that change the server: sequences, other sessions, configuration,
     * replication, statistics, large objects.
     */
    private static final Pattern CHANGING_FUNCTION = Pattern.compile(
            "(?i)^(pg_catalog\\.)?(setval|nextval|lo_unlink|lo_import|lo_create|lo_put"
                    + "|pg_terminate_backend|pg_cancel_backend|pg_reload_conf|pg_rotate_logfile"
                    + "|pg_(create|drop)_\\w+|pg_switch_wal|pg_wal_replay_(pause|resume)|pg_promote"
                    + "|pg_stat_reset\\w*|pg_stat_statements_reset|pg_replication_\\w+|pg_import_system_collations"
                    + "|pg_advisory_xact_lock\\w*|pg_advisory_lock\\w*)$");

    private StatementEffect() {
    }

    /**
     * @param text a statement without its ';', or a meta-command line (starting with a backslash)
     * @return true when running it (successfully) may have changed something
     */
    public static boolean changes(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("\\")) {
            return metaChanges(trimmed);
        }
        if (trimmed.startsWith(":")) {
            // a drill command on the transcript: :log only reads the server log, :action alone lists
            // the servers; :action NAME SERVER changes the sandbox
            return !READS_ONLY_COMMAND.matcher(trimmed).matches();
        }
        List<String> words = withoutLeadingParentheses(SqlTokens.words(trimmed));
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0).toUpperCase(Locale.ROOT);
        if (!LOOKING.contains(first)) {
            return true;
        }
        if (twoPhaseStep(first, words)) {
            return true;
        }
        if (first.equals("EXPLAIN") && words.stream().skip(1).limit(4).anyMatch(w -> w.equalsIgnoreCase("ANALYZE"))) {
            return changes(String.join(" ", words.subList(analyzedFrom(words), words.size())));
        }
        if (first.equals("SELECT") || first.equals("WITH") || first.equals("VALUES") || first.equals("EXPLAIN")) {
            return writes(words);
        }
        return false;
    }

    /**
     * A step of two-phase commit: COMMIT PREPARED / ROLLBACK PREPARED finish a prepared transaction, which may be anyone's and
     * hold anyone's locks; PREPARE TRANSACTION makes the session's transaction outlive it. Unlike a
     * plain COMMIT or PREPARE of a statement, each changes the server for other sessions.
     */
    private static boolean twoPhaseStep(String first, List<String> words) {
        if (words.size() < 2) {
            return false;
        }
        String second = words.get(1).toUpperCase(Locale.ROOT);
        return ((first.equals("COMMIT") || first.equals("ROLLBACK")) && second.equals("PREPARED"))
                || (first.equals("PREPARE") && second.equals("TRANSACTION"));
    }

    /**
     * The first word of the statement, upper-cased ("" for none): what kind of statement it is.
     * A parenthesised query ({@code (select 1)}) is the query.
     */
    public static String kind(String text) {
        List<String> words = withoutLeadingParentheses(SqlTokens.words(text.strip()));
        return words.isEmpty() ? "" : words.get(0).toUpperCase(Locale.ROOT);
    }

    private static List<String> withoutLeadingParentheses(List<String> words) {
        int i = 0;
        while (i < words.size() && words.get(i).equals("(")) {
            i++;
        }
        return words.subList(i, words.size());
    }

    /** {@code \copy … from} loads rows; every other meta-command only looks or sets the shell up. */
    private static boolean metaChanges(String line) {
        List<String> words = List.of(line.split("\\s+"));
        return words.get(0).equals("\\copy") && words.stream().anyMatch(w -> w.equalsIgnoreCase("from"));
    }

    /** A data-modifying CTE, SELECT … INTO (creates a table), or a call of a changing function. */
    private static boolean writes(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean rowLock = i > 0 && Set.of("FOR", "KEY").contains(words.get(i - 1).toUpperCase(Locale.ROOT));
            if (WRITING_WORDS.contains(word.toUpperCase(Locale.ROOT)) && !rowLock) {
                return true; // SELECT … FOR UPDATE only locks rows
            }
            if (i + 1 < words.size() && words.get(i + 1).equals("(") && CHANGING_FUNCTION.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where the explained statement starts: after EXPLAIN, its options in parentheses or bare words. */
    private static int analyzedFrom(List<String> words) {
        int i = 1;
        if (i < words.size() && words.get(i).equals("(")) {
            while (i < words.size() && !words.get(i).equals(")")) {
                i++;
            }
            return Math.min(i + 1, words.size());
        }
        while (i < words.size() && Set.of("ANALYZE", "ANALYSE", "VERBOSE").contains(words.get(i).toUpperCase(Locale.ROOT))) {
            i++;
        }
        return i;
    }
}

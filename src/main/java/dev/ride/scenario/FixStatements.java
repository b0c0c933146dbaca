package dev.ride.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changes a transcript makes, each as the words that name it (its "tag"): the command of a
 * statement that changes state ({@code CREATE INDEX}, {@code ALTER ROLE}, {@code VACUUM FULL},
 * {@code INSERT INTO}), a function that changes state called from a query
 * ({@code pg_terminate_backend}, {@code setval}) or an operator action ({@code :action promote}).
 * What a transaction rolled back changed nothing (a reproduction inside {@code BEGIN … ROLLBACK}),
 * and looking (SELECT, EXPLAIN, SHOW, psql's {@code \d}) is no change. Used by
 * {@link FirstHintRule}: a first hint that names a change of the reference gives the answer.
 */
final class FixStatements {

    /** A change, and how to find its tag in prose: its words in any case, any spacing. */
    record Tag(String text, Pattern pattern) { }

    /** Functions that change the server's state, as a fix calls them from a SELECT. */
    static final Set<String> CHANGING_FUNCTIONS = Set.of("pg_terminate_backend", "pg_cancel_backend", "setval",
            "pg_drop_replication_slot", "pg_create_physical_replication_slot", "pg_create_logical_replication_slot",
            "pg_replication_slot_advance", "pg_wal_replay_resume", "pg_wal_replay_pause", "pg_promote",
            "pg_reload_conf", "pg_switch_wal", "pg_advisory_unlock", "pg_advisory_unlock_all", "set_config",
            "pg_stat_reset", "pg_stat_statements_reset", "pg_rotate_logfile", "lo_unlink");
    /** Statements that only look, or only frame a transaction. */
    private static final Set<String> NO_CHANGE = Set.of("SELECT", "WITH", "TABLE", "VALUES", "EXPLAIN", "SHOW",
            "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "PREPARE", "EXECUTE",
            "DEALLOCATE", "FETCH", "DECLARE", "CLOSE", "MOVE", "LISTEN", "UNLISTEN", "DISCARD");
    /** Words between CREATE/ALTER/DROP and what they act on. */
    private static final Set<String> MODIFIERS = Set.of("UNIQUE", "OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED",
            "GLOBAL", "LOCAL");
    private static final Pattern FUNCTION_CALL = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\s*\\(", Pattern.CASE_INSENSITIVE);

    private FixStatements() {
    }

    /** The tags of the changes in {@code transcript} (its lines), each once, in order. */
    static List<Tag> of(List<String> transcript) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        List<Tag> inTransaction = null;
        for (String statement : statements(transcript)) {
            String first = firstWord(statement);
            if (first.equals("BEGIN") || first.equals("START")) {
                inTransaction = new ArrayList<>();
                continue;
            }
            if (inTransaction != null && (first.equals("ROLLBACK") && !statement.toUpperCase(Locale.ROOT).contains(" TO ")
                    || first.equals("ABORT"))) {
                inTransaction = null; // rolled back: it changed nothing
                continue;
            }
            if (inTransaction != null && (first.equals("COMMIT") || first.equals("END"))) {
                inTransaction.forEach(t -> tags.putIfAbsent(t.text().toLowerCase(Locale.ROOT), t));
                inTransaction = null;
                continue;
            }
            List<Tag> found = tagsOf(statement);
            if (inTransaction != null) {
                inTransaction.addAll(found);
            } else {
                found.forEach(t -> tags.putIfAbsent(t.text().toLowerCase(Locale.ROOT), t));
            }
        }
        return List.copyOf(tags.values());
    }

    /** Meta-commands one per line; SQL up to a line that ends with {@code ;}. */
    static List<String> statements(List<String> transcript) {
        List<String> statements = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (String line : transcript) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            if (sql.isEmpty() && (t.startsWith("\\") || t.startsWith(":"))) {
                statements.add(t);
                continue;
            }
            sql.append(sql.isEmpty() ? "" : " ").append(t);
            if (t.endsWith(";")) {
                statements.add(sql.toString());
                sql.setLength(0);
            }
        }
        if (!sql.isEmpty()) {
            statements.add(sql.toString());
        }
        return statements;
    }

    private static List<Tag> tagsOf(String statement) {
        if (statement.startsWith(":")) {
            String[] words = statement.split("\\s+");
            if (words[0].equals(":action") && words.length > 1) {
                return List.of(tag(":action", words[1]));
            }
            return List.of();
        }
        if (statement.startsWith("\\")) {
            return List.of();
        }
        // VACUUM (VERBOSE) orders: the options in parentheses are not what it acts on
        List<String> words = words(statement.replaceFirst("^(\\w+)\\s*\\([^)]*\\)", "$1"));
        String first = words.isEmpty() ? "" : words.get(0).toUpperCase(Locale.ROOT);
        if (NO_CHANGE.contains(first)) {
            List<Tag> calls = new ArrayList<>();
            Matcher m = FUNCTION_CALL.matcher(statement);
            while (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                if (CHANGING_FUNCTIONS.contains(name)) {
                    calls.add(tag(name));
                }
            }
            return calls;
        }
        if (Set.of("CREATE", "ALTER", "DROP").contains(first)) {
            String object = words.stream().skip(1).filter(w -> !MODIFIERS.contains(w.toUpperCase(Locale.ROOT)))
                    .findFirst().orElse("");
            return List.of(object.isEmpty() ? tag(words.get(0)) : tag(words.get(0), object));
        }
        return List.of(words.size() > 1 ? tag(words.get(0), words.get(1)) : tag(words.get(0)));
    }

    /** The statement's words, without punctuation around them ({@code orders;} is {@code orders}). */
    private static List<String> words(String statement) {
        List<String> words = new ArrayList<>();
        for (String w : statement.split("\\s+")) {
            // SET lock_timeout='3s': the setting's name, not its value
            String bare = w.replaceFirst("=.*", "").replaceAll("^[(\"']+|[;,()\"']+$", "");
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        return words;
    }

    private static String firstWord(String statement) {
        List<String> words = words(statement);
        return words.isEmpty() ? "" : words.get(0).toUpperCase(Locale.ROOT);
    }

    /** The words, matched whole, in any case, with any spacing; CREATE's modifiers may stand between. */
    private static Tag tag(String... words) {
        StringBuilder regex = new StringBuilder("(?<![\\w:])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append(i == 1 ? "\\s+(?:(?:" + String.join("|", MODIFIERS) + ")\\s+)*" : "\\s+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        regex.append("(?!\\w)");
        return new Tag(String.join(" ", words), Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE));
    }
}

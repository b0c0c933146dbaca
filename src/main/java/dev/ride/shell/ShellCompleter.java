package dev.ride.shell;

import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion from what the shell knows: backslash commands (from the command table), the
 * drill's ':' commands, database names after {@code \c}, and SQL keywords plus the current
 * database's relations, read fresh each time so objects created a moment ago are offered.
 */
final class ShellCompleter implements Completer {

    private static final List<String> KEYWORDS = List.of(
            "ABORT", "ADD", "ALL", "ALTER", "ANALYZE", "AND", "AS", "ASC", "BEGIN", "BETWEEN", "BY", "CASCADE",
            "CASE", "CHECK", "COLUMN", "COMMIT", "CONCURRENTLY", "CONSTRAINT", "COPY", "COUNT", "CREATE",
            "DATABASE", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "EXISTS", "EXPLAIN",
            "FOREIGN", "FROM", "FUNCTION", "GRANT", "GROUP", "HAVING", "IF", "IN", "INDEX", "INSERT", "INTO",
            "IS", "JOIN", "KEY", "LEFT", "LIKE", "LIMIT", "LOCK", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER",
            "PRIMARY", "REFERENCES", "REINDEX", "RENAME", "RETURNING", "REVOKE", "ROLLBACK", "SAVEPOINT", "SCHEMA",
            "SELECT", "SEQUENCE", "SET", "SHOW", "TABLE", "THEN", "TO", "TRANSACTION", "TRIGGER", "TRUNCATE",
            "TYPE", "UNION", "UNIQUE", "UPDATE", "USING", "VACUUM", "VALUES", "VIEW", "WHEN", "WHERE", "WITH");

    private final ShellSession session;

    ShellCompleter(ShellSession session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        String before = line.line().substring(0, line.cursor() - word.length()).stripLeading();
        if (word.startsWith("\\")) {
            for (String command : CommandTable.completions()) {
                candidates.add(new Candidate(command, command, "commands", null, null, null, true));
            }
            return;
        }
        if (before.isEmpty() && word.startsWith(":")) {
            for (ShellHost.CommandHelp colon : session.colonCommands()) {
                candidates.add(new Candidate(colon.name(), colon.name(), "drill", colon.description(), null, null,
                        true));
            }
            return;
        }
        String command = before.split("\\s+", 2)[0];
        if (command.equals("\\c") || command.equals("\\connect")) {
            for (String database : session.databaseNames()) {
                candidates.add(new Candidate(database));
            }
            return;
        }
        for (String relation : session.relationNames(word)) {
            candidates.add(new Candidate(relation, relation, "relations", null, null, null, true));
        }
        if (!command.startsWith("\\")) {
            boolean lower = !word.isEmpty() && word.equals(word.toLowerCase(Locale.ROOT));
            for (String keyword : KEYWORDS) {
                String shown = lower ? keyword.toLowerCase(Locale.ROOT) : keyword;
                candidates.add(new Candidate(shown, shown, "keywords", null, null, null, true));
            }
        }
    }
}

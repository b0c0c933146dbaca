package dev.ride.sql;

import dev.ride.sql.StatementSplitter.MetaCommand;
import dev.ride.sql.StatementSplitter.Position;
import dev.ride.sql.StatementSplitter.Scan;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain SQL file (a scenario's setup) as the statements {@code psql -f} would send one at a
 * time, so VACUUM or CREATE INDEX CONCURRENTLY work in it. The cutting is {@link StatementSplitter}'s,
 * so a {@code BEGIN ATOMIC} body stays whole. Each statement is the file's own text from its first
 * character to its {@code ;}, so an error position the server reports maps back to a file line.
 */
public final class SqlScript {

    /**
     * @param sql    the file's text of the statement, its terminating {@code ;} included
     * @param offset where {@code sql} starts in the file
     * @param line   the 1-based line of its first token (comments before it do not count)
     */
    public record Statement(String sql, int offset, int line) { }

    /** A psql meta-command in a file meant to hold only SQL. */
    public static final class MetaCommandInScript extends IllegalArgumentException {
        private final int line;

        private MetaCommandInScript(int line, String name) {
            super("psql meta-command \\" + name + " in an SQL file: write SQL only");
            this.line = line;
        }

        /** The 1-based line of the meta-command. */
        public int line() {
            return line;
        }
    }

    private SqlScript() {
    }

    /**
     * The statements of {@code text}; statements that hold nothing but comments are left out.
     *
     * @throws MetaCommandInScript at the first backslash command outside quotes and comments
     */
    public static List<Statement> split(String text) {
        String[] lines = text.split("\n", -1);
        int[] lineStarts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            lineStarts[i] = lineStarts[i - 1] + lines[i - 1].length() + 1;
        }
        List<Statement> statements = new ArrayList<>();
        StatementSplitter splitter = new StatementSplitter();
        for (int i = 0; i < lines.length; i++) {
            splitter.feedLine(lines[i]);
            for (Scan scan = splitter.next(); !(scan instanceof StatementSplitter.EndOfLine); scan = splitter.next()) {
                if (scan instanceof MetaCommand meta) {
                    throw new MetaCommandInScript(i + 1, meta.name());
                }
                add(statements, text, lineStarts, (StatementSplitter.Statement) scan);
            }
        }
        splitter.finishStatement().ifPresent(rest -> add(statements, text, lineStarts, rest));
        return statements;
    }

    /** The file's text of {@code found}, unless it holds no token (a lone ; or only comments). */
    private static void add(List<Statement> statements, String text, int[] lineStarts,
                            StatementSplitter.Statement found) {
        if (found.tokenLine() > 0) {
            int start = offset(lineStarts, found.start());
            statements.add(new Statement(text.substring(start, offset(lineStarts, found.end())), start,
                    found.tokenLine()));
        }
    }

    private static int offset(int[] lineStarts, Position position) {
        return lineStarts[position.line() - 1] + position.column();
    }

    /** The 1-based line of character {@code offset}. */
    public static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

package dev.ride.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain SQL file into statements at top-level semicolons, the way {@code psql -f} sends
 * them one at a time (so VACUUM or CREATE INDEX CONCURRENTLY work in setup files). Knows quotes,
 * E'' strings, quoted identifiers, -- and nested block comments and dollar quotes; no psql
 * meta-commands.
 */
final class SqlScript {

    /**
     * @param sql    the text up to (not including) its semicolon, leading comments included
     * @param offset where {@code sql} starts in the file
     * @param line   the 1-based line of its first token
     */
    record Statement(String sql, int offset, int line) { }

    private SqlScript() {
    }

    static List<Statement> split(String text) {
        List<Statement> statements = new ArrayList<>();
        int start = 0;
        int content = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            if (c == '-' && next == '-') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? n : eol;
                continue;
            }
            if (c == '/' && next == '*') {
                i = afterBlockComment(text, i);
                continue;
            }
            if (c == ';') {
                if (content >= 0) {
                    statements.add(new Statement(text.substring(start, i), start, lineAt(text, content)));
                }
                start = i + 1;
                content = -1;
                i++;
                continue;
            }
            if (content < 0 && !Character.isWhitespace(c)) {
                content = i;
            }
            if (c == '\'') {
                boolean backslashes = i > 0 && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')
                        && (i < 2 || !identifierChar(text.charAt(i - 2)));
                i = afterQuoted(text, i, '\'', backslashes);
            } else if (c == '"') {
                i = afterQuoted(text, i, '"', false);
            } else if (c == '$' && (i == 0 || !identifierChar(text.charAt(i - 1)))) {
                String tag = dollarTag(text, i);
                if (tag == null) {
                    i++;
                } else {
                    int end = text.indexOf(tag, i + tag.length());
                    i = end < 0 ? n : end + tag.length();
                }
            } else {
                i++;
            }
        }
        if (content >= 0) {
            statements.add(new Statement(text.substring(start), start, lineAt(text, content)));
        }
        return statements;
    }

    /** The 1-based line of character {@code offset}. */
    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int afterQuoted(String text, int open, char quote, boolean backslashes) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int afterBlockComment(String text, int open) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** {@code $$} or {@code $tag$} starting at {@code i}, else null ({@code $1} is a parameter). */
    private static String dollarTag(String text, int i) {
        int j = i + 1;
        while (j < text.length() && identifierChar(text.charAt(j)) && !(j == i + 1 && Character.isDigit(text.charAt(j)))) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '$' ? text.substring(i, j + 1) : null;
    }

    private static boolean identifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}

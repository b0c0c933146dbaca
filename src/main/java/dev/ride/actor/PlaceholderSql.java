package dev.ride.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * A workload statement written with PostgreSQL's {@code $1..$n} placeholders, rewritten for JDBC,
 * which only knows {@code ?}: each {@code $k} becomes {@code ?} and {@link #order()} says which
 * param fills it; a literal {@code ?} (the jsonb operator) is doubled as pgjdbc expects. String
 * literals, quoted identifiers, dollar quotes and comments are left alone, so {@code '$1'} stays text.
 *
 * @param jdbcSql the statement with {@code ?} placeholders
 * @param order   for each {@code ?} in order, the 1-based param number it stands for
 */
record PlaceholderSql(String jdbcSql, List<Integer> order) {

    static PlaceholderSql of(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Integer> order = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' ) {
                end = quoted(sql, i, '\'', i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e'));
            } else if (c == '"') {
                end = quoted(sql, i, '"', false);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                end = sql.indexOf('\n', i);
                end = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                end = blockComment(sql, i);
            } else if (c == '$' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)) && !identifierBefore(sql, i)) {
                end = i + 1;
                while (end < n && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                order.add(Integer.parseInt(sql.substring(i + 1, end)));
                out.append('?');
                i = end;
                continue;
            } else if (c == '$' && !identifierBefore(sql, i) && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                end = close < 0 ? n : close + tag.length();
            } else if (c == '?') {
                out.append("??");
                i++;
                continue;
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        return new PlaceholderSql(out.toString(), List.copyOf(order));
    }

    /** The highest {@code $k} used, 0 for none. */
    int highestParam() {
        return order.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Index just past the closing quote ({@code ''} and, in E'' strings, backslashes escape). */
    private static int quoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int blockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** {@code $tag$} or {@code $$} starting at {@code start}, or null. */
    private static String dollarTag(String sql, int start) {
        int i = start + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '$' ? sql.substring(start, i + 1) : null;
    }

    /** {@code a$1} is an identifier, not a placeholder. */
    private static boolean identifierBefore(String sql, int i) {
        if (i == 0) {
            return false;
        }
        char p = sql.charAt(i - 1);
        return Character.isLetterOrDigit(p) || p == '_' || p == '$';
    }
}

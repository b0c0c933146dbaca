package dev.ride.shell.meta;

import java.util.Locale;

/**
 * psql's {@code \copy}: the arguments cut at the first FROM or TO outside parentheses and quotes,
 * rebuilt into the server's {@code COPY ... FROM STDIN | TO STDOUT ...} exactly as psql's copy.c
 * does, with the file (or null for stdin/stdout) kept on the client side.
 *
 * @param sql  the COPY statement sent to the server
 * @param from true for FROM (data flows to the server)
 * @param file the client-side file, or null for psql's own stdin/stdout
 */
public record SlashCopy(String sql, boolean from, String file) {

    /** Thrown with psql's message when the arguments cannot be understood. */
    static final class ParseError extends Exception {
        ParseError(String message) {
            super(message);
        }
    }

    static SlashCopy parse(String arguments) throws ParseError {
        // psql keeps the whitespace typed after \copy: "\copy t to stdout" sends "COPY  t TO STDOUT "
        String args = arguments.stripTrailing();
        if (args.isBlank()) {
            throw new ParseError("\\copy: arguments required");
        }
        int depth = 0;
        int i = 0;
        while (i < args.length()) {
            char c = args.charAt(i);
            if (c == '\'' || c == '"') {
                int close = args.indexOf(c, i + 1);
                i = close < 0 ? args.length() : close + 1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && i > 0 && Character.isWhitespace(args.charAt(i - 1))
                    && !args.substring(0, i).isBlank()) {
                String word = wordAt(args, i).toLowerCase(Locale.ROOT);
                if (word.equals("from") || word.equals("to")) {
                    return build(args.substring(0, i).stripTrailing(), word.equals("from"),
                            args.substring(i + word.length()).strip());
                }
            }
            i++;
        }
        throw new ParseError("\\copy: parse error at end of line");
    }

    private static SlashCopy build(String before, boolean from, String after) throws ParseError {
        if (after.isEmpty()) {
            throw new ParseError("\\copy: parse error at end of line");
        }
        String file;
        String rest;
        if (after.charAt(0) == '\'') {
            int close = after.indexOf('\'', 1);
            if (close < 0) {
                throw new ParseError("\\copy: parse error at end of line");
            }
            file = after.substring(1, close);
            rest = after.substring(close + 1).strip();
        } else {
            int end = 0;
            while (end < after.length() && !Character.isWhitespace(after.charAt(end))) {
                end++;
            }
            file = after.substring(0, end);
            rest = after.substring(end).strip();
            String lower = file.toLowerCase(Locale.ROOT);
            if (lower.equals("stdin") || lower.equals("stdout") || lower.equals("pstdin")
                    || lower.equals("pstdout")) {
                file = null;
            }
        }
        String sql = "COPY " + before + (from ? " FROM STDIN " : " TO STDOUT ") + rest;
        return new SlashCopy(sql, from, file);
    }

    private static String wordAt(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        boolean boundary = end >= text.length() || Character.isWhitespace(text.charAt(end));
        return boundary ? text.substring(start, end) : "";
    }
}

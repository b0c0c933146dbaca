package dev.ride.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of one backslash command, read one at a time the way psql's slash-command lexer
 * does: separated by whitespace; '...' quoted with backslash escapes; "..." kept as typed (for
 * name patterns) or, for SQL identifiers, unquoted with unquoted letters downcased.
 */
final class MetaArguments {

    enum Mode {
        /** psql's OT_NORMAL: double quotes stay in the argument. */
        NORMAL,
        /** psql's OT_SQLID: an identifier, unquoted letters downcased. */
        SQL_ID,
        /** psql's OT_SQLIDHACK: an identifier, quotes removed but nothing downcased. */
        SQL_ID_KEEP_CASE
    }

    private final String text;
    private int pos;
    private boolean unterminatedQuote;

    MetaArguments(String text) {
        this.text = text;
    }

    /** The next argument, or null when there are no more. */
    String next(Mode mode) {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length()) {
            return null;
        }
        StringBuilder arg = new StringBuilder();
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            char c = text.charAt(pos);
            if (c == '\'') {
                pos++;
                readSingleQuoted(arg);
            } else if (c == '"') {
                readDoubleQuoted(arg, mode);
            } else {
                boolean downcase = mode == Mode.SQL_ID && c >= 'A' && c <= 'Z';
                arg.append(downcase ? Character.toLowerCase(c) : c);
                pos++;
            }
        }
        return arg.toString();
    }

    String next() {
        return next(Mode.NORMAL);
    }

    /** All arguments that are left. */
    List<String> remaining() {
        List<String> rest = new ArrayList<>();
        for (String arg = next(); arg != null; arg = next()) {
            rest.add(arg);
        }
        return rest;
    }

    /** True once an argument had a '...' without its closing quote. */
    boolean unterminatedQuote() {
        return unterminatedQuote;
    }

    private void readSingleQuoted(StringBuilder arg) {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                if (pos < text.length() && text.charAt(pos) == '\'') {
                    arg.append('\'');
                    pos++;
                    continue;
                }
                return;
            }
            if (c == '\\' && pos < text.length()) {
                readEscape(arg);
            } else {
                arg.append(c);
            }
        }
        unterminatedQuote = true;
    }

    private void readEscape(StringBuilder arg) {
        char c = text.charAt(pos++);
        switch (c) {
            case 'n' -> arg.append('\n');
            case 't' -> arg.append('\t');
            case 'b' -> arg.append('\b');
            case 'r' -> arg.append('\r');
            case 'f' -> arg.append('\f');
            case 'x' -> {
                int start = pos;
                while (pos < text.length() && pos - start < 2 && Character.digit(text.charAt(pos), 16) >= 0) {
                    pos++;
                }
                if (pos == start) {
                    arg.append('x');
                } else {
                    arg.append((char) Integer.parseInt(text.substring(start, pos), 16));
                }
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    int start = pos - 1;
                    while (pos < text.length() && pos - start < 3 && text.charAt(pos) >= '0' && text.charAt(pos) <= '7') {
                        pos++;
                    }
                    arg.append((char) Integer.parseInt(text.substring(start, pos), 8));
                } else {
                    arg.append(c);
                }
            }
        }
    }

    private void readDoubleQuoted(StringBuilder arg, Mode mode) {
        int close = pos + 1;
        StringBuilder inner = new StringBuilder();
        while (close < text.length()) {
            char c = text.charAt(close);
            if (c == '"') {
                if (close + 1 < text.length() && text.charAt(close + 1) == '"') {
                    inner.append('"');
                    close += 2;
                    continue;
                }
                break;
            }
            inner.append(c);
            close++;
        }
        int end = Math.min(close + 1, text.length());
        if (mode == Mode.NORMAL) {
            arg.append(text, pos, end);
        } else {
            arg.append(inner);
        }
        pos = end;
    }
}

package dev.ride.shell.meta;

import dev.ride.shell.ShellVariables;
import dev.ride.sql.SqlQuoting;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The arguments of one backslash command, read one at a time the way psql's slash-command lexer
 * does: separated by whitespace; '...' quoted with backslash escapes; "..." kept as typed (for
 * name patterns) or, for SQL identifiers, unquoted with unquoted letters downcased.
 */
public final class MetaArguments {

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

    private final Function<String, String> variables;

    public MetaArguments(String text) {
        this(text, name -> null);
    }

    /** @param variables psql variables for {@code :name}, {@code :'name'} and {@code :"name"} outside quotes */
    public MetaArguments(String text, Function<String, String> variables) {
        this.text = text;
        this.variables = variables;
    }

    /** The raw text left after the arguments read so far (psql's OT_WHOLE_LINE, for \\copy). */
    String rest() {
        String rest = text.substring(Math.min(pos, text.length()));
        pos = text.length();
        return rest;
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
            } else if (c == ':' && interpolate(arg)) {
                continue;
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
    public List<String> remaining() {
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

    /** psql's slash lexer interpolates variables in arguments; unknown ones stay as typed. */
    private boolean interpolate(StringBuilder arg) {
        int p = pos + 1;
        char quote = p < text.length() && (text.charAt(p) == '\'' || text.charAt(p) == '"') ? text.charAt(p) : 0;
        int nameStart = quote != 0 ? p + 1 : p;
        int end = nameStart;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || text.charAt(end) >= 0x80)) {
            end++;
        }
        if (end == nameStart || Character.isDigit(text.charAt(nameStart))) {
            return false;
        }
        if (quote != 0 && (end >= text.length() || text.charAt(end) != quote)) {
            return false;
        }
        String value = variables.apply(text.substring(nameStart, end));
        if (value == null) {
            return false;
        }
        if (quote == '\'') {
            arg.append(SqlQuoting.escapeLiteral(value));
        } else if (quote == '"') {
            arg.append(SqlQuoting.identifier(value));
        } else {
            arg.append(value);
        }
        pos = quote != 0 ? end + 1 : end;
        return true;
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

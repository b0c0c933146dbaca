package dev.ride.shell;

import dev.ride.shell.print.DisplayWidth;
import org.postgresql.util.ServerErrorMessage;

/**
 * Formats a server error or notice exactly as libpq does for psql: at the default verbosity
 * {@code ERROR:  text}, then a {@code LINE n:} excerpt with a caret under the error position,
 * then {@code DETAIL:}, {@code HINT:}, {@code QUERY:} and (for errors) {@code CONTEXT:} lines;
 * VERBOSITY and SHOW_CONTEXT ({@link MessageStyle}) take lines away or add them.
 */
public final class ServerMessageFormatter {

    /** libpq's limits for the excerpt of the line holding the error. */
    private static final int DISPLAY_SIZE = 60;
    private static final int MIN_RIGHT_CUT = 10;

    private ServerMessageFormatter() {
    }

    /** At psql's default verbosity: errors show CONTEXT, notices and warnings do not. */
    public static String format(ServerErrorMessage message, String query, boolean isError) {
        return format(message, query, isError, MessageStyle.DEFAULT);
    }

    /**
     * libpq's pqBuildErrorMessage3 for psql's VERBOSITY and SHOW_CONTEXT.
     *
     * @param message the server's fields
     * @param query   the query text that was sent (positions point into it), or null
     * @param isError an error (CONTEXT shown unless SHOW_CONTEXT is never), not a notice or warning
     *                (CONTEXT only when SHOW_CONTEXT is always)
     * @return the whole message, every line ending in a newline
     */
    public static String format(ServerErrorMessage message, String query, boolean isError, MessageStyle style) {
        StringBuilder text = new StringBuilder(128);
        if (message.getSeverity() != null) {
            text.append(message.getSeverity()).append(":  ");
        }
        MessageStyle.Verbosity verbosity = style.verbosity();
        if (verbosity == MessageStyle.Verbosity.SQLSTATE) {
            if (message.getSQLState() != null) {
                return text.append(message.getSQLState()).append('\n').toString();
            }
            verbosity = MessageStyle.Verbosity.TERSE; // libpq: without a code, as terse
        }
        boolean terse = verbosity == MessageStyle.Verbosity.TERSE;
        if (verbosity == MessageStyle.Verbosity.VERBOSE && message.getSQLState() != null) {
            text.append(message.getSQLState()).append(": ");
        }
        text.append(nullToEmpty(message.getMessage()));
        String excerptQuery = null;
        int position = 0;
        if (message.getPosition() > 0) {
            if (query != null && !terse) {
                excerptQuery = query;
                position = message.getPosition();
            } else {
                text.append(" at character ").append(message.getPosition());
            }
        } else if (message.getInternalPosition() > 0) {
            if (message.getInternalQuery() != null && !terse) {
                excerptQuery = message.getInternalQuery();
                position = message.getInternalPosition();
            } else {
                text.append(" at character ").append(message.getInternalPosition());
            }
        }
        text.append('\n');
        if (!terse) {
            if (excerptQuery != null) {
                appendErrorPosition(text, excerptQuery, position);
            }
            appendField(text, "DETAIL", message.getDetail());
            appendField(text, "HINT", message.getHint());
            appendField(text, "QUERY", message.getInternalQuery());
            if (style.showContext() == MessageStyle.ShowContext.ALWAYS
                    || (style.showContext() == MessageStyle.ShowContext.ERRORS && isError)) {
                appendField(text, "CONTEXT", message.getWhere());
            }
        }
        if (verbosity == MessageStyle.Verbosity.VERBOSE) {
            appendField(text, "SCHEMA NAME", message.getSchema());
            appendField(text, "TABLE NAME", message.getTable());
            appendField(text, "COLUMN NAME", message.getColumn());
            appendField(text, "DATATYPE NAME", message.getDatatype());
            appendField(text, "CONSTRAINT NAME", message.getConstraint());
            appendLocation(text, message);
        }
        return text.toString();
    }

    /** libpq's {@code LOCATION:  routine, file:line} of a verbose message. */
    private static void appendLocation(StringBuilder text, ServerErrorMessage message) {
        String routine = message.getRoutine();
        String file = message.getFile();
        int line = message.getLine();
        if (routine == null && file == null && line <= 0) {
            return;
        }
        text.append("LOCATION:  ");
        if (routine != null) {
            text.append(routine).append(", ");
        }
        if (file != null && line > 0) {
            text.append(file).append(':').append(line);
        }
        text.append('\n');
    }

    private static void appendField(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append(label).append(":  ").append(value).append('\n');
        }
    }

    /** libpq's reportErrorPosition: the line holding the error, cut to fit, and a caret under it. */
    static void appendErrorPosition(StringBuilder text, String query, int position) {
        int loc = position - 1;
        if (loc < 0) {
            return;
        }
        int[] chars = query.codePoints().toArray();
        int count = chars.length;
        int[] column = new int[count + 1];
        int screen = 0;
        int lineNumber = 1;
        int begin = 0;
        int end = -1;
        int cno;
        for (cno = 0; cno < count; cno++) {
            int ch = chars[cno];
            column[cno] = screen;
            if (ch == '\t') {
                chars[cno] = ' ';
            } else if (ch == '\r' || ch == '\n') {
                if (cno < loc) {
                    if (ch == '\r' || cno == 0 || chars[cno - 1] != '\r') {
                        lineNumber++;
                    }
                    begin = cno + 1;
                } else {
                    end = cno;
                    break;
                }
            }
            int w = DisplayWidth.of(chars[cno]);
            screen += w <= 0 ? 1 : w;
        }
        if (end < 0) {
            end = cno;
            column[end] = screen;
        }
        if (loc > cno) {
            return;
        }
        boolean cutLeft = false;
        boolean cutRight = false;
        if (column[end] - column[begin] > DISPLAY_SIZE) {
            if (column[begin] + DISPLAY_SIZE >= column[loc] + MIN_RIGHT_CUT) {
                while (column[end] - column[begin] > DISPLAY_SIZE) {
                    end--;
                }
                cutRight = true;
            } else {
                while (column[loc] + MIN_RIGHT_CUT < column[end]) {
                    end--;
                    cutRight = true;
                }
                while (column[end] - column[begin] > DISPLAY_SIZE) {
                    begin++;
                    cutLeft = true;
                }
            }
        }
        String prefix = "LINE " + lineNumber + ": " + (cutLeft ? "..." : "");
        text.append(prefix);
        text.append(new String(chars, begin, end - begin));
        if (cutRight) {
            text.append("...");
        }
        text.append('\n');
        int caretColumn = prefix.length() + column[loc] - column[begin];
        text.append(" ".repeat(caretColumn)).append("^\n");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

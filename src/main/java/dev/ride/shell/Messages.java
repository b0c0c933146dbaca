package dev.ride.shell;

import dev.ride.shell.print.PrintOptions;
import java.util.List;
import java.util.Locale;

/**
 * Every sentence the shell prints, in one place. Most are psql 15's own words, because learners
 * compare what they see with psql documentation and Stack Overflow answers.
 */
public final class Messages {

    private Messages() {
    }

    static String invalidCommand(String name) {
        return "invalid command \\" + name;
    }

    static final String TRY_HELP = "Try \\? for help.";

    static String extraArgumentIgnored(String command, String argument) {
        return "\\" + command + ": extra argument \"" + argument + "\" ignored";
    }

    public static String missingArgument(String command) {
        return "\\" + command + ": missing required argument";
    }

    static final String UNTERMINATED_QUOTE = "unterminated quoted string";

    public static final String QUERY_BUFFER_RESET = "Query buffer reset (cleared).";
    public static final String QUERY_BUFFER_EMPTY = "Query buffer is empty.";

    public static String timing(boolean on) {
        return on ? "Timing is on." : "Timing is off.";
    }

    /** psql's PrintTiming. */
    public static String elapsed(double millis) {
        if (millis < 1000.0) {
            return String.format(Locale.ROOT, "Time: %.3f ms", millis);
        }
        double seconds = millis / 1000.0;
        double minutes = Math.floor(seconds / 60.0);
        seconds -= 60.0 * minutes;
        if (minutes < 60.0) {
            return String.format(Locale.ROOT, "Time: %.3f ms (%02d:%06.3f)", millis, (int) minutes, seconds);
        }
        double hours = Math.floor(minutes / 60.0);
        minutes -= 60.0 * hours;
        if (hours < 24.0) {
            return String.format(Locale.ROOT, "Time: %.3f ms (%02d:%02d:%06.3f)", millis, (int) hours,
                    (int) minutes, seconds);
        }
        double days = Math.floor(hours / 24.0);
        hours -= 24.0 * days;
        return String.format(Locale.ROOT, "Time: %.3f ms (%.0f d %02d:%02d:%06.3f)", millis, days, (int) hours,
                (int) minutes, seconds);
    }

    public static String expanded(PrintOptions.Expanded expanded) {
        return switch (expanded) {
            case ON -> "Expanded display is on.";
            case OFF -> "Expanded display is off.";
            case AUTO -> "Expanded display is used automatically.";
        };
    }

    public static String tuplesOnly(boolean on) {
        return on ? "Tuples only is on." : "Tuples only is off.";
    }

    public static String format(PrintOptions.Format format) {
        return "Output format is " + format.psqlName() + ".";
    }

    public static String border(int border) {
        return "Border style is " + border + ".";
    }

    public static String nullDisplay(String nullPrint) {
        return "Null display is \"" + nullPrint + "\".";
    }

    /** @param separator null for psql's fieldsep_zero */
    public static String fieldSeparator(String separator) {
        return separator == null ? "Field separator is zero byte." : "Field separator is \"" + separator + "\".";
    }

    /** @param separator null for psql's recordsep_zero */
    public static String recordSeparator(String separator) {
        if (separator == null) {
            return "Record separator is zero byte.";
        }
        return separator.equals("\n") ? "Record separator is <newline>."
                : "Record separator is \"" + separator + "\".";
    }

    public static String csvFieldSeparator(char separator) {
        return "Field separator for CSV is \"" + separator + "\".";
    }

    public static String title(String title) {
        return title == null ? "Title is unset." : "Title is \"" + title + "\".";
    }

    public static String pager(int mode) {
        return mode == 1 ? "Pager is used for long output." : mode == 2 ? "Pager is always used." : "Pager usage is off.";
    }

    public static String footer(boolean on) {
        return on ? "Default footer is on." : "Default footer is off.";
    }

    public static String booleanExpected(String value, String name) {
        return "unrecognized value \"" + value + "\" for \"" + name + "\": Boolean expected";
    }

    public static String unrecognizedValue(String value, String name) {
        return "unrecognized value \"" + value + "\" for \"" + name + "\"";
    }

    public static String availableValues(String values) {
        return "Available values are: " + values + ".";
    }

    public static String psetUnknownOption(String option) {
        return "\\pset: unknown option: " + option;
    }

    public static final String PSET_ALLOWED_FORMATS =
            "\\pset: allowed formats are aligned, asciidoc, csv, html, latex, latex-longtable, troff-ms, unaligned, wrapped";

    public static String psetAmbiguousFormat(String value, String first, String second) {
        return "\\pset: ambiguous abbreviation \"" + value + "\" matches both \"" + first + "\" and \"" + second + "\"";
    }

    public static String connected(String database, String user) {
        return "You are now connected to database \"" + database + "\" as user \"" + user + "\".";
    }

    /** psql's message after {@code \\c} to another host or port; {@code address} null when it is the host itself. */
    public static String connectedTo(String database, String user, String host, String address, String port) {
        return "You are now connected to database \"" + database + "\" as user \"" + user + "\" on host \"" + host
                + "\"" + (address == null ? "" : " (address \"" + address + "\")") + " at port \"" + port + "\".";
    }

    /** psql's {@code \\conninfo} for a host whose address differs from its name. */
    public static String connInfo(String database, String user, String host, String address, String port) {
        return "You are connected to database \"" + database + "\" as user \"" + user + "\" on host \"" + host
                + "\" (address \"" + address + "\") at port \"" + port + "\".";
    }

    public static String connectFailed(String host, String address, String port, String reason) {
        return "\\connect: connection to server at \"" + host + "\" (" + address + "), port " + port + " failed: " + reason;
    }

    /** psql's words for a host name that resolves to nothing. */
    public static String unknownHost(String host) {
        return "\\connect: could not translate host name \"" + host + "\" to address: Name or service not known";
    }

    /** After {@link #unknownHost} in a drill of several servers: the names {@code \\c} takes. */
    public static String drillServers(List<String> names) {
        return "The servers of this drill are " + String.join(", ", names) + ".";
    }

    public static String connInfo(String database, String user, String host, String port) {
        return "You are connected to database \"" + database + "\" as user \"" + user + "\" on host \"" + host
                + "\" at port \"" + port + "\".";
    }

    public static String connectFailed(String host, String port, String reason) {
        return "\\connect: connection to server at \"" + host + "\", port " + port + " failed: " + reason;
    }

    static String reconnectFailed(String database, String reason) {
        return "could not reconnect to database \"" + database + "\": " + reason;
    }

    public static final String PREVIOUS_CONNECTION_KEPT = "Previous connection kept";

    /** libpq's reason when nothing accepts connections on the port. */
    public static final String CONNECTION_REFUSED = "Connection refused\n"
            + "\tIs the server running on that host and accepting TCP/IP connections?";

    public static String connectOnlyDatabase(String argument) {
        return "\\connect: ride connects only as the drill's user; ignoring \"" + argument + "\"";
    }

    public static String noRelationNamed(String pattern) {
        return "Did not find any relation named \"" + pattern + "\".";
    }

    public static final String NO_RELATIONS = "Did not find any relations.";

    public static String noRelationWithOid(String oid) {
        return "Did not find any relation with OID " + oid + ".";
    }

    public static String fileError(String file, String reason) {
        return file + ": " + reason;
    }

    public static final String CANCEL_SENT = "Cancel request sent";
    /** The server's message for a cancelled statement (SQLSTATE 57014). */
    public static final String QUERY_CANCELED = "canceling statement due to user request";

    public static String cancelFailed(String reason) {
        return "Could not send cancel request: " + reason;
    }

    public static final String SERVER_CLOSED = "server closed the connection unexpectedly\n"
            + "\tThis probably means the server terminated abnormally\n"
            + "\tbefore or while processing the request.";

    static final String CONNECTION_LOST_RESET = "The connection to the server was lost. Attempting reset: ";
    static final String RESET_SUCCEEDED = "Succeeded.";
    static final String RESET_FAILED = "Failed.";
    static final String CONNECTION_LOST = "connection to server was lost";
    static final String UNCLOSED_IF = "reached EOF without finding closing \\endif(s)";
    static final String QUERY_IGNORED = "query ignored; use \\endif or Ctrl-C to exit current \\if block";
    public static final String NOT_CONNECTED = "You are currently not connected to a database.";

    static final String COPY_IN_INSTRUCTIONS = "Enter data to be copied followed by a newline.\n"
            + "End with a backslash and a period on a line by itself, or an EOF signal.";

    static final String USE_BACKSLASH_Q = "Use \\q to quit.";
    static final String USE_CONTROL_D = "Use control-D to quit.";
    static final String HELP_WHILE_TYPING = "Use \\? for help or press control-C to clear the input buffer.";

    static final String HELP = """
            You are using ride's psql-compatible shell.
            Type:  \\? for help with commands (backslash and ':' drill commands)
                   \\g or terminate with semicolon to execute query
                   \\q to quit""";

    /** What a learner types to leave, in editors and other shells. */
    private static final java.util.Set<String> QUIT_WORDS = java.util.Set.of(":q", ":q!", ":wq", ":x", ":quit", ":exit");

    /** One line: "unknown command :hnt; did you mean :hint? (:help lists them)". */
    static String unknownColonCommand(String line, java.util.List<String> known) {
        String word = line.strip().split("\\s+", 2)[0];
        if (QUIT_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            // a vim or jshell habit; psql answers its own "quit" and "exit" the same way
            return "unknown command " + word + "; use \\q to quit (or Ctrl-D)";
        }
        String suggestion = dev.ride.text.Spelling.closest(word, known).map(k -> "; did you mean " + k + "?").orElse("");
        return "unknown command " + word + suggestion + " (" + (known.contains(":help") ? ":help" : "\\?") + " lists them)";
    }

    public static String gWithArguments(String command) {
        return "\\" + command + ": sending the result to a file or pipe is not available in ride";
    }
}

package dev.ride.shell;

import java.util.Locale;

/**
 * How much of a server error or notice is shown: psql's VERBOSITY and SHOW_CONTEXT, which it hands
 * to libpq (PQsetErrorVerbosity, PQsetErrorContextVisibility) and libpq applies to every message.
 *
 * @param verbosity   terse: the primary message (a position as "at character N"); default: also
 *                    the LINE excerpt, DETAIL, HINT, QUERY and CONTEXT; verbose: also the SQLSTATE,
 *                    the object names and the LOCATION; sqlstate: the SQLSTATE alone
 * @param showContext when CONTEXT is shown: never, for errors only, or always (notices too)
 */
public record MessageStyle(Verbosity verbosity, ShowContext showContext) {

    public enum Verbosity { TERSE, DEFAULT, VERBOSE, SQLSTATE }

    public enum ShowContext { NEVER, ERRORS, ALWAYS }

    /** libpq's defaults, which psql starts with. */
    public static final MessageStyle DEFAULT = new MessageStyle(Verbosity.DEFAULT, ShowContext.ERRORS);

    /** What {@code \\errverbose} shows: everything (PQresultVerboseErrorMessage's VERBOSE, ALWAYS). */
    public static final MessageStyle EVERYTHING = new MessageStyle(Verbosity.VERBOSE, ShowContext.ALWAYS);

    /** The style the variables VERBOSITY and SHOW_CONTEXT ask for (their hooks accept only valid values). */
    public static MessageStyle of(ShellVariables variables) {
        return new MessageStyle(
                switch (lower(variables.get("VERBOSITY"), "default")) {
                    case "terse" -> Verbosity.TERSE;
                    case "verbose" -> Verbosity.VERBOSE;
                    case "sqlstate" -> Verbosity.SQLSTATE;
                    default -> Verbosity.DEFAULT;
                },
                switch (lower(variables.get("SHOW_CONTEXT"), "errors")) {
                    case "never" -> ShowContext.NEVER;
                    case "always" -> ShowContext.ALWAYS;
                    default -> ShowContext.ERRORS;
                });
    }

    private static String lower(String value, String otherwise) {
        return value == null ? otherwise : value.toLowerCase(Locale.ROOT);
    }
}

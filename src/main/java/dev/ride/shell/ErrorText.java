package dev.ride.shell;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLWarning;
import org.postgresql.util.ServerErrorMessage;

/** How an SQLException reads on screen, and its one-line gist for the transcript. */
public final class ErrorText {

    private ErrorText() {
    }

    /** The full text psql would print for this error (every line ends with a newline). */
    public static String of(SQLException error, String query) {
        return of(error, query, MessageStyle.DEFAULT);
    }

    /** ... with psql's VERBOSITY and SHOW_CONTEXT. */
    public static String of(SQLException error, String query, MessageStyle style) {
        ServerErrorMessage server = serverMessage(error);
        if (server != null) {
            return ServerMessageFormatter.format(server, query, true, style);
        }
        if (isConnectionFailure(error)) {
            return Messages.SERVER_CLOSED + "\n";
        }
        return error.getMessage() + "\n";
    }

    /** The primary message only, e.g. {@code relation "x" does not exist}. */
    public static String gist(SQLException error) {
        ServerErrorMessage server = serverMessage(error);
        if (server != null && server.getMessage() != null) {
            return server.getMessage();
        }
        if (isConnectionFailure(error)) {
            return Messages.SERVER_CLOSED.lines().findFirst().orElse("");
        }
        return error.getMessage();
    }

    /** The connection itself broke (as opposed to the server refusing a statement). */
    public static boolean isConnectionFailure(SQLException error) {
        String state = error.getSQLState();
        return serverMessage(error) == null && state != null && state.startsWith("08");
    }

    public static ServerErrorMessage serverMessage(SQLException error) {
        if (error instanceof PSQLException exception) {
            return exception.getServerErrorMessage();
        }
        return error instanceof PSQLWarning warning ? warning.getServerErrorMessage() : null;
    }
}

package dev.ride.shell.query;

import dev.ride.shell.ErrorText;
import dev.ride.shell.ShellVariables;
import java.sql.SQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * psql 15's SetResultVariables: after every query, ERROR, SQLSTATE and ROW_COUNT say how it went,
 * and a failure also sets LAST_ERROR_MESSAGE and LAST_ERROR_SQLSTATE.
 */
public final class ResultVariables {

    private ResultVariables() {
    }

    /**
     * @param error   the query's first server error, or null when it succeeded
     * @param message the shell's message when it failed without a server error (e.g. \gset's), else null
     * @param lastTag the last command tag, e.g. "UPDATE 3", or null
     */
    public static void set(ShellVariables variables, SQLException error, String message, String lastTag) {
        if (error == null && message == null) {
            variables.set("ERROR", "false");
            variables.set("SQLSTATE", "00000");
            variables.set("ROW_COUNT", rowCount(lastTag));
            return;
        }
        String state = error == null || error.getSQLState() == null ? "" : error.getSQLState();
        ServerErrorMessage server = error == null ? null : ErrorText.serverMessage(error);
        variables.set("ERROR", "true");
        variables.set("SQLSTATE", state);
        variables.set("ROW_COUNT", "0");
        variables.set("LAST_ERROR_MESSAGE", server != null ? server.getMessage() : message);
        variables.set("LAST_ERROR_SQLSTATE", state);
    }

    /** libpq's PQcmdTuples: the count of SELECT, INSERT, UPDATE, DELETE, MERGE, MOVE, FETCH, COPY; else 0. */
    static String rowCount(String tag) {
        if (tag == null) {
            return "0";
        }
        String[] words = tag.split(" ");
        String verb = words[0];
        boolean counts = switch (verb) {
            case "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "MOVE", "FETCH", "COPY" -> true;
            default -> false;
        };
        return counts && words.length > 1 ? words[words.length - 1] : "0";
    }
}

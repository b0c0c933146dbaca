package dev.ride.shell.query;

import dev.ride.shell.ErrorText;
import dev.ride.shell.MessageStyle;
import dev.ride.shell.ShellConnection;
import dev.ride.shell.ShellOutput;
import dev.ride.shell.ShellVariables;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.postgresql.core.TransactionState;

/**
 * What psql 15's SendQuery does around each query the learner sends. With AUTOCOMMIT off, a BEGIN
 * first when no transaction is open, unless the statement cannot run in one
 * ({@link NoBeginCommands}). With ON_ERROR_ROLLBACK on (or interactive, at a terminal), inside a
 * transaction block, a {@code SAVEPOINT pg_psql_temporary_savepoint} first; afterwards a
 * {@code ROLLBACK TO} it when the transaction failed, a {@code RELEASE} when it goes on, nothing
 * when it ended or the query itself ended or replaced the savepoint (COMMIT, ROLLBACK, RELEASE,
 * SAVEPOINT). These commands print nothing unless they fail.
 */
public final class TransactionGuard {

    static final String SAVEPOINT = "SAVEPOINT pg_psql_temporary_savepoint";
    static final String RELEASE = "RELEASE pg_psql_temporary_savepoint";
    static final String ROLLBACK_TO = "ROLLBACK TO pg_psql_temporary_savepoint";

    /** What {@link #open} did: whether the query may be sent, and whether a savepoint was made. */
    public record Opened(boolean ok, boolean savepoint) {
        static final Opened FAILED = new Opened(false, false);
    }

    private final ShellConnection connection;
    private final ShellOutput output;
    private final ShellVariables variables;

    public TransactionGuard(ShellConnection connection, ShellOutput output, ShellVariables variables) {
        this.connection = connection;
        this.output = output;
        this.variables = variables;
    }

    /** Before {@code sql}: BEGIN and the savepoint as psql would send them; not ok when one failed (reported). */
    public Opened open(String sql, boolean interactive) {
        TransactionState state = connection.transactionState();
        if (state == TransactionState.IDLE && !variables.isOn("AUTOCOMMIT") && !NoBeginCommands.matches(sql)) {
            if (!quietly("BEGIN")) {
                return Opened.FAILED;
            }
            state = connection.transactionState();
        }
        String mode = onErrorRollback();
        if (state == TransactionState.OPEN && !mode.equals("off")
                && (interactive || mode.equals("on"))) {
            if (!quietly(SAVEPOINT)) {
                return Opened.FAILED;
            }
            return new Opened(true, true);
        }
        return new Opened(true, false);
    }

    /**
     * After the query: back to the savepoint when the transaction failed, else its release unless
     * the query ended it ({@code savepointGone}). False when that command failed (reported).
     */
    public boolean close(Opened opened, boolean savepointGone) {
        if (!opened.savepoint() || !connection.isOpen() || connection.isClosed()) {
            return true;
        }
        return switch (connection.transactionState()) {
            case FAILED -> quietly(ROLLBACK_TO);
            case OPEN -> savepointGone || quietly(RELEASE);
            default -> true; // no longer in a transaction: nothing to do
        };
    }

    /**
     * The implicit transaction the server gives a multi-statement query, for one the shell sends in
     * parts (a combined query around a COPY): BEGIN when no transaction is open and none of
     * {@code parts} controls transactions itself. True when it began one, which
     * {@link #endImplicit} then ends.
     */
    public boolean beginImplicit(List<String> parts) {
        if (connection.transactionState() != TransactionState.IDLE
                || parts.stream().anyMatch(NoBeginCommands::matches)) {
            return false;
        }
        return quietly("BEGIN");
    }

    /** COMMIT when all parts ran, else ROLLBACK, as the server ends an implicit transaction. */
    public void endImplicit(boolean failed) {
        if (!connection.isOpen() || connection.isClosed() || connection.transactionState() == TransactionState.IDLE) {
            return;
        }
        quietly(failed || connection.transactionState() == TransactionState.FAILED ? "ROLLBACK" : "COMMIT");
    }

    /** psql's hook: "interactive" (any case), else a boolean; "off" when neither. */
    private String onErrorRollback() {
        String value = variables.get("ON_ERROR_ROLLBACK");
        if (value == null) {
            return "off";
        }
        if (value.toLowerCase(Locale.ROOT).equals("interactive")) {
            return "interactive";
        }
        Boolean on = ShellVariables.parseBoolean(value);
        return on != null && on ? "on" : "off";
    }

    /** Sends {@code command} as psql's PQexec: only a failure is shown (and kept for {@code \\errverbose}). */
    private boolean quietly(String command) {
        Failure failure = new Failure();
        try {
            SqlRunner.run(connection.jdbc(), command, failure);
        } catch (SQLException e) {
            failure.error(e);
        }
        if (failure.error != null) {
            connection.rememberError(failure.error, command);
            output.server(ErrorText.of(failure.error, command, MessageStyle.of(variables)));
            return false;
        }
        return true;
    }

    /** Keeps the first error; results and notices of these commands are not shown. */
    private static final class Failure extends SqlRunner.QuietListener {
        SQLException error;

        @Override
        public void error(SQLException error) {
            if (this.error == null) {
                this.error = error;
            }
        }
    }
}

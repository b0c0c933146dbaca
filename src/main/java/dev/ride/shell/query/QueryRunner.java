package dev.ride.shell.query;

import dev.ride.shell.Messages;
import dev.ride.shell.ShellConnection;
import dev.ride.shell.ShellOutput;
import dev.ride.shell.ShellSettings;
import dev.ride.shell.ShellVariables;
import dev.ride.shell.print.PrintOptions;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.core.TransactionState;

/**
 * Runs one query buffer and prints its results (psql's ExecQueryAndProcessResults): whole, in
 * FETCH_COUNT batches through a cursor, or streamed, whichever fits; with {@code \timing} the
 * elapsed time follows. Ctrl-C from another thread cancels it on the server.
 */
public final class QueryRunner {

    private final ShellConnection connection;
    private final ShellOutput output;
    private final ShellVariables variables;
    private final ShellSettings settings;
    private volatile boolean running;
    /** Ctrl-C during the running query: a streamed result stops fetching at the next batch. */
    private volatile boolean cancelRequested;

    public QueryRunner(ShellConnection connection, ShellOutput output, ShellVariables variables, ShellSettings settings) {
        this.connection = connection;
        this.output = output;
        this.variables = variables;
        this.settings = settings;
    }

    /**
     * Sends {@code sql} on the open connection and prints its results with {@code options}.
     *
     * @param gsetPrefix psql's {@code \gset}: the one row goes into variables; or null
     * @param watching   psql's {@code \watch} runs its query without FETCH_COUNT's cursor
     */
    public SqlOutcome run(String sql, PrintOptions options, String gsetPrefix, boolean watching) {
        return run(sql, options, gsetPrefix, null, watching);
    }

    /**
     * ... and with {@code crosstabArgs} (psql's {@code \crosstabview}, null otherwise) the last
     * result is printed pivoted, which needs all its rows at once (no FETCH_COUNT, no streaming).
     */
    public SqlOutcome run(String sql, PrintOptions options, String gsetPrefix, List<String> crosstabArgs,
                          boolean watching) {
        ResultPrinter printer = new ResultPrinter(output, variables, sql, options, gsetPrefix, crosstabArgs,
                settings.nullDisplaySet() ? options.nullPrint() : "(null)");
        boolean whole = gsetPrefix != null || crosstabArgs != null;
        long started = System.nanoTime();
        cancelRequested = false;
        running = true;
        try {
            int fetchCount = variables.fetchCount();
            if (!whole && fetchCount > 0 && !watching && FetchCountQuery.applies(sql)) {
                FetchCountQuery.run(connection.jdbc(), sql, fetchCount, printer, () -> cancelRequested);
            } else if (!whole && connection.transactionState() == TransactionState.OPEN
                    && StreamedQuery.applies(sql)) {
                StreamedQuery.run(connection.jdbc(), sql, StreamedQuery.FETCH_SIZE, printer, () -> cancelRequested);
            } else {
                SqlRunner.run(connection.jdbc(), sql, printer);
            }
        } catch (SQLException e) {
            printer.error(e);
        } finally {
            running = false;
        }
        double millis = (System.nanoTime() - started - printer.printingNanos) / 1_000_000.0;
        if (settings.timing()) {
            output.println(Messages.elapsed(millis));
        }
        ResultVariables.set(variables, printer.firstError == null ? null : printer.firstSqlError, printer.firstError,
                printer.lastTag);
        if (printer.lastSqlError != null) {
            connection.rememberError(printer.lastSqlError, printer.lastErrorQuery);
        }
        return new SqlOutcome(printer.firstError, printer.connectionLost || connection.isClosed(),
                printer.savepointGone);
    }

    /** True while a query runs on the server. */
    public boolean isRunning() {
        return running;
    }

    /**
     * Asks the server to cancel the running query (Ctrl-C), as psql does. Safe to call from another
     * thread; does nothing when no query runs.
     */
    public void cancel() {
        if (!running || !connection.isOpen()) {
            return;
        }
        cancelRequested = true;
        // announced first, as psql does, so it reads before the server's "canceling statement"
        output.server(Messages.CANCEL_SENT + "\n");
        try {
            connection.cancelQuery();
        } catch (SQLException e) {
            output.server(Messages.cancelFailed(e.getMessage()) + "\n");
        }
    }
}

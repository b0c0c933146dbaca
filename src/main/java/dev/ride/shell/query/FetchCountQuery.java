package dev.ride.shell.query;

import dev.ride.shell.print.TablePrinter;
import dev.ride.shell.print.TableRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * psql 15's {@code FETCH_COUNT} (its ExecQueryUsingCursor), step for step so the output, the
 * errors (their LINE numbers count the DECLARE line) and what pg_stat_statements records are
 * those of psql: BEGIN when no transaction is open, {@code DECLARE _psql_cursor NO SCROLL CURSOR
 * FOR} the query, {@code FETCH FORWARD n} until a short batch, each batch printed as it comes
 * (headers with the first, the footer with the last), CLOSE, then COMMIT or ROLLBACK.
 */
public final class FetchCountQuery {

    /** Where the batches and messages go: the shell's query printer. */
    interface Target extends SqlRunner.Listener {
        /** Errors from now on are about {@code text}: their LINE and caret point into it. */
        void sending(String text);

        void batch(List<SqlRunner.Column> columns, TableRows rows, TablePrinter.Segment segment);

        /** All batches fetched: {@code rows} in all, which psql 15 sets as ROW_COUNT. */
        void fetched(long rows);
    }

    private FetchCountQuery() {
    }

    /** psql takes this path for a query whose first word is SELECT or VALUES. */
    static boolean applies(String sql) {
        return SelectCommand.oneStatement(sql) && SelectCommand.isSelect(sql);
    }

    static void run(Connection connection, String sql, int fetchCount, Target target, BooleanSupplier cancelled)
            throws SQLException {
        boolean startedTransaction = false;
        boolean ok = true;
        if (connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE) {
            ok = step(connection, "BEGIN", target, null);
            startedTransaction = true;
        }
        if (ok) {
            ok = step(connection, "DECLARE _psql_cursor NO SCROLL CURSOR FOR\n" + sql, target, null);
        }
        if (ok) {
            ok = fetchAll(connection, fetchCount, target, cancelled);
        }
        // psql closes the cursor either way; after a failure its complaint is not shown
        if (connection.isClosed()) {
            return;
        }
        if (ok) {
            ok = step(connection, "CLOSE _psql_cursor", target, null);
        } else {
            // the CLOSE after a failure: psql ignores what it says
            SqlRunner.run(connection, "CLOSE _psql_cursor", new SqlRunner.QuietListener());
        }
        if (startedTransaction) {
            step(connection, ok ? "COMMIT" : "ROLLBACK", target, null);
        }
    }

    private static boolean fetchAll(Connection connection, int fetchCount, Target target, BooleanSupplier cancelled)
            throws SQLException {
        String fetch = "FETCH FORWARD " + fetchCount + " FROM _psql_cursor";
        boolean first = true;
        long prior = 0;
        while (true) {
            Batch batch = new Batch();
            if (!step(connection, fetch, target, batch) || batch.columns == null) {
                return false;
            }
            int n = batch.rows.size();
            boolean last = n < fetchCount;
            target.batch(batch.columns, batch.rows, new TablePrinter.Segment(first, last, prior));
            first = false;
            prior += n;
            if (last || cancelled.getAsBoolean()) {
                target.fetched(prior);
                return true;
            }
        }
    }

    /** Runs one statement of the sequence; false when it failed. Command tags are not printed. */
    private static boolean step(Connection connection, String text, Target target, Batch rows) throws SQLException {
        target.sending(text);
        boolean[] failed = {false};
        SqlRunner.run(connection, text, new SqlRunner.Listener() {
            @Override
            public void rows(List<SqlRunner.Column> columns, TableRows cells, String commandTag) {
                if (rows != null) {
                    rows.columns = columns;
                    rows.rows = cells;
                }
            }

            @Override
            public void command(String commandTag) {
            }

            @Override
            public void notice(SQLWarning notice) {
                target.notice(notice);
            }

            @Override
            public void error(SQLException error) {
                failed[0] = true;
                target.error(error);
            }
        });
        return !failed[0];
    }

    private static final class Batch {
        List<SqlRunner.Column> columns;
        TableRows rows;
    }
}

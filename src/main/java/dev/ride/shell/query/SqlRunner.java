package dev.ride.shell.query;

import dev.ride.shell.print.TableRows;
import dev.ride.shell.print.TupleRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Field;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Query;
import org.postgresql.core.QueryExecutor;
import org.postgresql.core.ResultCursor;
import org.postgresql.core.ResultHandler;
import org.postgresql.core.SqlCommand;
import org.postgresql.core.Tuple;

/**
 * Sends SQL text to the server the way psql does: as one simple-protocol Query message, exactly
 * as typed. That is what makes the shell behave like psql: several statements joined with
 * {@code \;} run as one implicit transaction, error positions point into the text the learner
 * typed, values arrive as the server's text, and every result has its real command tag
 * ({@code INSERT 0 1}, {@code CREATE TABLE}). JDBC's Statement would re-parse, split and rewrite
 * the text and hide the tags, so this uses the driver's query executor directly.
 */
public final class SqlRunner {

    /** What the server sent back, in the order it arrived. */
    public interface Listener {
        /** A result with rows; {@code commandTag} is e.g. "SELECT 3" or "INSERT 0 1". */
        void rows(List<Column> columns, TableRows rows, String commandTag);

        /** A command without rows, e.g. "CREATE TABLE". */
        void command(String commandTag);

        /**
         * A result with rows; {@code last} when no other result of the query follows (psql's
         * {@code \gset} and SHOW_ALL_RESULTS off act on the last one only).
         */
        default void rows(List<Column> columns, TableRows rows, String commandTag, boolean last) {
            rows(columns, rows, commandTag);
        }

        /** A command without rows; {@code last} as for {@link #rows(List, TableRows, String, boolean)}. */
        default void command(String commandTag, boolean last) {
            command(commandTag);
        }

        void notice(SQLWarning notice);

        void error(SQLException error);

        /** Ctrl-C took effect between two fetches of a streamed result (the server never saw it). */
        default void canceled() {
        }
    }

    /**
     * A listener that shows nothing: for statements psql sends on its own (a cursor's CLOSE, a
     * savepoint), whose results the user never sees. Override {@link #error} to keep the error.
     */
    public static class QuietListener implements Listener {
        @Override
        public void rows(List<Column> columns, TableRows rows, String commandTag) {
        }

        @Override
        public void command(String commandTag) {
        }

        @Override
        public void notice(SQLWarning notice) {
        }

        @Override
        public void error(SQLException error) {
        }
    }

    /** A result column: its name and the type OID that decides its alignment. */
    public record Column(String name, int typeOid) { }

    private static final int FLAGS = QueryExecutor.QUERY_EXECUTE_AS_SIMPLE
            | QueryExecutor.QUERY_SUPPRESS_BEGIN
            | QueryExecutor.QUERY_BOTH_ROWS_AND_STATUS
            | QueryExecutor.QUERY_NO_BINARY_TRANSFER;

    private SqlRunner() {
    }

    /** Runs {@code sql}; results, notices and errors go to {@code listener} as they come. */
    public static void run(Connection connection, String sql, Listener listener) throws SQLException {
        QueryExecutor executor = connection.unwrap(BaseConnection.class).getQueryExecutor();
        Query query = executor.wrap(List.of(new NativeQuery(sql, SqlCommand.BLANK)));
        executor.execute(query, query.createParameterList(), new Handler(listener), 0, 0, FLAGS);
    }

    /**
     * Pairs each row set with the command tag that follows it, and hands each result on only once
     * the next one (or the end) has arrived, as psql 15 does: it reads the next result before it
     * prints one, to know whether it is the last. Notices go on at once, so a notice raised by the
     * next statement is shown before the result of the one before, as in psql.
     */
    private static final class Handler extends ListeningResultHandler {
        private final Listener listener;
        private List<Column> pendingColumns;
        private List<Tuple> pendingTuples;
        /** The complete result waiting for the next one; null when there is none. */
        private Held held;

        Handler(Listener listener) {
            this.listener = listener;
        }

        /** A complete result: rows with their tag, or a command's tag alone (columns null). */
        private record Held(List<Column> columns, List<Tuple> tuples, String tag) {
            void deliver(Listener listener, boolean last) {
                if (columns == null) {
                    listener.command(tag, last);
                } else {
                    listener.rows(columns, new TupleRows(tuples == null ? List.of() : tuples), tag, last);
                }
            }
        }

        @Override
        public void handleResultRows(Query fromQuery, Field[] fields, List<Tuple> tuples, ResultCursor cursor) {
            completePending(null);
            Column[] columns = new Column[fields == null ? 0 : fields.length];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = new Column(fields[i].getColumnLabel(), fields[i].getOID());
            }
            pendingColumns = List.of(columns);
            pendingTuples = tuples;
        }

        @Override
        public void handleCommandStatus(String status, long updateCount, long insertOID) {
            if (pendingColumns != null) {
                completePending(status);
            } else if (!"EMPTY".equals(status)) {
                hold(new Held(null, null, status));
            }
        }

        private void completePending(String status) {
            if (pendingColumns != null) {
                Held rows = new Held(pendingColumns, pendingTuples, status);
                pendingColumns = null;
                pendingTuples = null;
                hold(rows);
            }
        }

        private void hold(Held next) {
            release(false);
            held = next;
        }

        private void release(boolean last) {
            if (held != null) {
                Held result = held;
                held = null;
                result.deliver(listener, last);
            }
        }

        @Override
        public void handleWarning(SQLWarning warning) {
            listener.notice(warning);
        }

        @Override
        public void handleError(SQLException error) {
            completePending(null);
            release(false);
            listener.error(error);
        }

        @Override
        public void handleCompletion() {
            completePending(null);
            release(true);
        }
    }
}

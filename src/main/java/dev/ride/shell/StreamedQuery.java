package dev.ride.shell;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Field;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Query;
import org.postgresql.core.QueryExecutor;
import org.postgresql.core.ResultCursor;
import org.postgresql.core.ResultHandler;
import org.postgresql.core.SqlCommand;
import org.postgresql.core.TransactionState;
import org.postgresql.core.Tuple;

/**
 * One select-like statement run so that a big result never sits in memory: the extended protocol
 * with a portal, fetched {@code fetchSize} rows at a time into a {@link RowSpool}, printed when
 * complete. The driver (unlike for a simple Query, whose rows it buffers until the end) hands over
 * each batch as it arrives.
 *
 * <p>A portal lives only inside a transaction: outside the learner's own transaction the driver
 * sends BEGIN in the same round trip and this class ends it (COMMIT, or ROLLBACK after an error),
 * so the session is as psql leaves it. Inside the learner's transaction nothing is added.
 */
final class StreamedQuery {

    /** Rows per round trip: a few MB of driver buffers at most for ordinary rows. */
    static final int FETCH_SIZE = 4096;

    private static final int FLAGS = QueryExecutor.QUERY_FORWARD_CURSOR
            | QueryExecutor.QUERY_NO_BINARY_TRANSFER
            | QueryExecutor.QUERY_ONESHOT
            | QueryExecutor.QUERY_BOTH_ROWS_AND_STATUS;

    private static final int SIMPLE = QueryExecutor.QUERY_EXECUTE_AS_SIMPLE
            | QueryExecutor.QUERY_SUPPRESS_BEGIN
            | QueryExecutor.QUERY_NO_METADATA;

    /** Fails the learner's transaction after a cancel between two fetches, as a server-side cancel would. */
    private static final String FAIL_TRANSACTION =
            "DO $$BEGIN RAISE EXCEPTION USING ERRCODE = 'query_canceled'; END$$";

    /** A parameter reference: the extended protocol would report it differently from psql's simple query. */
    private static final Pattern PARAMETER = Pattern.compile("\\$[0-9]");

    private StreamedQuery() {
    }

    /**
     * Whether {@code sql} can be streamed: one statement (only blanks and comments after its
     * semicolon) whose first word is SELECT, VALUES or TABLE (psql's is_select_command, plus TABLE,
     * which is always a query), or WITH: a data-modifying WITH runs to its end on the first fetch
     * (the server keeps its RETURNING rows) and its command tag comes with the last batch, printed
     * after the rows as psql does (golden case 92).
     */
    static boolean applies(String sql) {
        if (PARAMETER.matcher(sql).find() || !SelectCommand.oneStatement(sql)) {
            return false;
        }
        return switch (SelectCommand.firstWord(sql)) {
            case "select", "values", "table", "with" -> true;
            default -> false;
        };
    }

    /**
     * Runs {@code sql}; its result, notices and errors go to {@code listener} as {@link SqlRunner}'s
     * do. {@code cancelled} is polled between fetches: a cancel that reached the server between two
     * round trips would otherwise be lost.
     */
    static void run(Connection connection, String sql, int fetchSize, SqlRunner.Listener listener,
                    BooleanSupplier cancelled) throws SQLException {
        QueryExecutor executor = connection.unwrap(BaseConnection.class).getQueryExecutor();
        boolean ownTransaction = executor.getTransactionState() == TransactionState.IDLE;
        // one statement, no bind positions: sent verbatim, as the learner typed it
        Query query = executor.wrap(List.of(new NativeQuery(sql, new int[0], false, SqlCommand.BLANK)));
        Batches batches = new Batches(listener);
        try {
            int flags = FLAGS | (ownTransaction ? 0 : QueryExecutor.QUERY_SUPPRESS_BEGIN);
            executor.execute(query, null, batches, 0, fetchSize, flags);
            while (batches.cursor != null && !batches.failed) {
                if (cancelled.getAsBoolean()) {
                    batches.failed = true;
                    listener.canceled();
                    if (!ownTransaction) {
                        simple(executor, FAIL_TRANSACTION, null);
                    }
                    break;
                }
                ResultCursor cursor = batches.cursor;
                batches.cursor = null;
                executor.fetch(cursor, batches, fetchSize, false);
            }
            if (!batches.failed) {
                batches.deliver();
            }
            if (ownTransaction && executor.getTransactionState() != TransactionState.IDLE && !executor.isClosed()) {
                boolean commit = executor.getTransactionState() == TransactionState.OPEN && !batches.failed;
                simple(executor, commit ? "COMMIT" : "ROLLBACK", listener);
            }
        } finally {
            batches.close();
        }
    }

    /** Ends the transaction this class opened; only notices and errors are passed on. */
    private static void simple(QueryExecutor executor, String sql, SqlRunner.Listener listener) throws SQLException {
        Query query = executor.wrap(List.of(new NativeQuery(sql, SqlCommand.BLANK)));
        executor.execute(query, null, new Quiet(listener), 0, 0, SIMPLE);
    }

    /** Collects the batches of one result into a spool; the command tag comes with the last. */
    private static final class Batches extends ListeningResultHandler {
        private final SqlRunner.Listener listener;
        private List<SqlRunner.Column> columns;
        private RowSpool spool;
        private String commandTag;
        ResultCursor cursor;
        boolean failed;

        Batches(SqlRunner.Listener listener) {
            this.listener = listener;
        }

        @Override
        public void handleResultRows(Query fromQuery, Field[] fields, List<Tuple> tuples, ResultCursor next) {
            if (spool == null) {
                Field[] known = fields == null ? new Field[0] : fields;
                SqlRunner.Column[] described = new SqlRunner.Column[known.length];
                for (int i = 0; i < known.length; i++) {
                    described[i] = new SqlRunner.Column(known[i].getColumnLabel(), known[i].getOID());
                }
                columns = List.of(described);
                spool = new RowSpool(described.length);
            }
            if (!failed && tuples != null) {
                try {
                    for (Tuple tuple : tuples) {
                        spool.add(tuple);
                    }
                } catch (UncheckedIOException e) {
                    // the driver is mid-message: fail here, let it read on to the end of this batch
                    handleError(new SQLException(e.getMessage() + ": " + e.getCause().getMessage(), "58030", e));
                    return;
                }
                tuples.clear();
            }
            cursor = failed ? null : next;
        }

        @Override
        public void handleCommandStatus(String status, long updateCount, long insertOID) {
            if (spool != null) {
                commandTag = status;
            } else if (!"EMPTY".equals(status)) {
                // SELECT ... INTO: a command without rows
                listener.command(status);
            }
        }

        /** The complete result, printed once every row is in. */
        void deliver() {
            if (spool != null) {
                String tag = commandTag != null ? commandTag : "SELECT " + spool.size();
                listener.rows(columns, spool, tag);
            }
        }

        @Override
        public void handleWarning(SQLWarning warning) {
            listener.notice(warning);
        }

        @Override
        public void handleError(SQLException error) {
            failed = true;
            cursor = null;
            listener.error(error);
        }

        void close() {
            if (spool != null) {
                spool.close();
            }
        }
    }

    /** Swallows a command's status; notices and errors go to the listener, or nowhere when null. */
    private static final class Quiet extends ListeningResultHandler {
        private final SqlRunner.Listener listener;

        Quiet(SqlRunner.Listener listener) {
            this.listener = listener;
        }

        @Override
        public void handleResultRows(Query fromQuery, Field[] fields, List<Tuple> tuples, ResultCursor cursor) {
        }

        @Override
        public void handleCommandStatus(String status, long updateCount, long insertOID) {
        }

        @Override
        public void handleWarning(SQLWarning warning) {
            if (listener != null) {
                listener.notice(warning);
            }
        }

        @Override
        public void handleError(SQLException error) {
            if (listener != null) {
                listener.error(error);
            }
        }
    }
}

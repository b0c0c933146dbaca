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
 * with a portal, fetched {@code fetchSize} rows at a time. The driver (unlike for a simple Query,
 * whose rows it buffers until the end) hands over each batch as it arrives. Each batch is either
 * formatted at once into a {@link HeldPrint} (unaligned and csv output, shown when the result is
 * complete) or kept in a {@link RowSpool} and printed whole at the end (aligned output, whose
 * widths need every row). After the first batch, batches are taken in by a {@link BatchWorker}
 * thread, so the next fetch is not held up by the printing of this one.
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

    /** Where a streamed result goes: the shell's query printer. */
    interface Target extends SqlRunner.Listener {
        /**
         * A print of the result with these columns made while its rows arrive, or null to be
         * given the whole result through {@link #rows} instead.
         */
        HeldPrint printAhead(List<SqlRunner.Column> columns);

        /** The result is complete and every row is in {@code print}: show it. */
        void printed(HeldPrint print, String commandTag);
    }

    private StreamedQuery() {
    }

    /**
     * Whether {@code sql} can be streamed: one statement (only blanks and comments after its
     * semicolon) whose first word is SELECT, VALUES or TABLE (psql's is_select_command, plus TABLE,
     * which is always a query), or a WITH query whose own statement is one of those: its
     * data-modifying expressions run to their end on the first fetch (the server keeps their rows).
     * A WITH whose own statement is INSERT, UPDATE or DELETE ... RETURNING is not streamed, like
     * those statements without WITH: its command tag ends the last batch, and a fetch's tag the
     * driver keeps to itself (psql prints it after the rows; golden cases 92 and 93).
     */
    static boolean applies(String sql) {
        if (PARAMETER.matcher(sql).find() || !SelectCommand.oneStatement(sql)) {
            return false;
        }
        return switch (SelectCommand.mainWord(sql)) {
            case "select", "values", "table" -> true;
            default -> false;
        };
    }

    /**
     * Runs {@code sql}; its result, notices and errors go to {@code listener} as {@link SqlRunner}'s
     * do. {@code cancelled} is polled between fetches: a cancel that reached the server between two
     * round trips would otherwise be lost.
     */
    static void run(Connection connection, String sql, int fetchSize, Target listener,
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

    /**
     * Takes the batches of one result: into a held print, or else a spool. The command tag comes
     * after the last batch (from the first execute; a fetch's tag the driver keeps to itself).
     */
    private static final class Batches extends ListeningResultHandler {
        private final Target listener;
        private List<SqlRunner.Column> columns;
        private HeldPrint print;
        /** The latest batch with rows, printed once the next one shows it was not the last. */
        private List<Tuple> unprinted;
        private RowSpool spool;
        /** Takes the batches after the first when there are several: see {@link BatchWorker}. */
        private BatchWorker<List<Tuple>> worker;
        private String commandTag;
        ResultCursor cursor;
        boolean failed;

        Batches(Target listener) {
            this.listener = listener;
        }

        @Override
        public void handleResultRows(Query fromQuery, Field[] fields, List<Tuple> tuples, ResultCursor next) {
            if (columns == null) {
                start(fields);
            }
            if (failed || tuples == null) {
                cursor = failed ? null : next;
                return;
            }
            if (worker == null && next == null) {
                // the whole result came in one batch: no thread needed
                try {
                    take(tuples);
                } catch (RuntimeException e) {
                    // the driver is mid-message: fail here, let it read on to the end of this batch
                    handleError(failure(e));
                    return;
                }
            } else {
                if (worker == null) {
                    worker = new BatchWorker<>(this::take);
                }
                if (worker.failure() != null) {
                    handleError(failure(worker.failure()));
                    return;
                }
                worker.submit(tuples);
            }
            cursor = next;
        }

        private void start(Field[] fields) {
            Field[] known = fields == null ? new Field[0] : fields;
            SqlRunner.Column[] described = new SqlRunner.Column[known.length];
            for (int i = 0; i < known.length; i++) {
                described[i] = new SqlRunner.Column(known[i].getColumnLabel(), known[i].getOID());
            }
            columns = List.of(described);
            print = listener.printAhead(columns);
            if (print == null) {
                spool = new RowSpool(described.length);
            }
        }

        private void take(List<Tuple> tuples) {
            if (print == null) {
                for (Tuple tuple : tuples) {
                    spool.add(tuple);
                }
                tuples.clear();
                return;
            }
            // a batch is printed as the last one (with the footer) only when no rows follow it
            if (unprinted == null) {
                unprinted = tuples;
            } else if (!tuples.isEmpty()) {
                print.batch(new TupleRows(unprinted), false);
                unprinted = tuples;
            }
        }

        @Override
        public void handleCommandStatus(String status, long updateCount, long insertOID) {
            if (columns != null) {
                commandTag = status;
            } else if (!"EMPTY".equals(status)) {
                // SELECT ... INTO: a command without rows
                listener.command(status);
            }
        }

        /** The complete result, shown once every row is in. */
        void deliver() {
            RuntimeException failure = worker == null ? null : worker.finish();
            if (failure != null) {
                handleError(failure(failure));
                return;
            }
            if (print != null) {
                try {
                    print.batch(new TupleRows(unprinted == null ? List.of() : unprinted), true);
                } catch (RuntimeException e) {
                    handleError(failure(e));
                    return;
                }
                unprinted = null;
                listener.printed(print, commandTag != null ? commandTag : "SELECT " + print.rows());
            } else if (spool != null) {
                listener.rows(columns, spool, commandTag != null ? commandTag : "SELECT " + spool.size());
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

        /**
         * What stopped the shell taking the rows in, as an error of the query: mostly a temp file that
         * could not be written (a full disk).
         */
        private static SQLException failure(RuntimeException e) {
            if (e instanceof UncheckedIOException io) {
                return new SQLException(io.getMessage() + ": " + io.getCause().getMessage(), "58030", io);
            }
            return new SQLException("cannot take the result in: " + e, "XX000", e);
        }

        void close() {
            if (worker != null) {
                worker.close();
            }
            if (print != null) {
                print.close();
            }
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

package dev.ride.shell.query;

import dev.ride.shell.print.HeldPrint;
import dev.ride.shell.print.RowSpool;
import dev.ride.shell.print.TupleRows;
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
 * with a portal, fetched in batches ({@link #FIRST_FETCH} rows, then up to {@code fetchSize} rows
 * or {@link #BATCH_BYTES}, whichever is less). The driver (unlike for a simple Query,
 * whose rows it buffers until the end) hands over each batch as it arrives. Each batch is either
 * formatted at once into a {@link HeldPrint} (unaligned and csv output, shown when the result is
 * complete) or kept in a {@link RowSpool} and printed whole at the end (aligned output, whose
 * widths need every row). After the first batch, batches are taken in by a {@link BatchWorker}
 * thread, so the next fetch is not held up by the printing of this one.
 *
 * <p>A portal lives only inside a transaction, so this runs only inside the learner's own
 * transaction, where it adds nothing to what is sent. An autocommit select goes as psql sends it,
 * one simple Query and its whole result in one round trip ({@link SqlRunner}): wrapping it in a
 * BEGIN and a COMMIT of ride's own would cost a second round trip for every select, and would show
 * in the drill's evidence (the server log, pg_stat_statements' BEGIN and COMMIT calls).
 */
public final class StreamedQuery {

    /**
     * Rows of the first round trip: a small result comes whole in it (no thread, no second round
     * trip), and a result of wide rows (10 KB of text each) costs 10 MB at most before their width
     * is known.
     */
    static final int FIRST_FETCH = 1024;

    /** The most rows a round trip asks for after the first: ordinary rows (about 100 bytes) come 4,096 at a time. */
    static final int FETCH_SIZE = 4096;

    /**
     * What a batch after the first aims at: wide rows come fewer to a batch (about a hundred of
     * 10 KB, not 4,096 = 40 MB), so memory stays flat for them too.
     */
    static final int BATCH_BYTES = 1 << 20;

    /** The fewest rows a round trip asks for, however wide they are. */
    private static final int FEWEST_ROWS = 16;

    private static final int FLAGS = QueryExecutor.QUERY_FORWARD_CURSOR
            | QueryExecutor.QUERY_SUPPRESS_BEGIN
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
        if (executor.getTransactionState() != TransactionState.OPEN) {
            throw new IllegalStateException("a streamed query runs only inside the learner's transaction");
        }
        // one statement, no bind positions: sent verbatim, as the learner typed it
        Query query = executor.wrap(List.of(new NativeQuery(sql, new int[0], false, SqlCommand.BLANK)));
        Batches batches = new Batches(listener);
        try {
            executor.execute(query, null, batches, 0, Math.min(FIRST_FETCH, fetchSize), FLAGS);
            while (batches.cursor != null && !batches.failed) {
                if (cancelled.getAsBoolean()) {
                    batches.failed = true;
                    listener.canceled();
                    simple(executor, FAIL_TRANSACTION);
                    break;
                }
                ResultCursor cursor = batches.cursor;
                batches.cursor = null;
                executor.fetch(cursor, batches, batches.nextFetchSize(fetchSize), false);
            }
            if (!batches.failed) {
                batches.deliver();
            }
        } finally {
            batches.close();
        }
    }

    /**
     * Rows for the next round trip after a batch of {@code rows} rows and {@code bytes} bytes:
     * {@code most}, or as many rows of that width as fill {@link #BATCH_BYTES}, but not fewer than
     * {@link #FEWEST_ROWS}.
     */
    static int fetchSizeAfter(int rows, long bytes, int most) {
        if (rows == 0) {
            return most;
        }
        long perRow = Math.max(1, bytes / rows);
        return (int) Math.max(FEWEST_ROWS, Math.min(most, BATCH_BYTES / perRow));
    }

    /** A statement of ride's own in the learner's transaction, its answer ignored. */
    private static void simple(QueryExecutor executor, String sql) throws SQLException {
        Query query = executor.wrap(List.of(new NativeQuery(sql, SqlCommand.BLANK)));
        executor.execute(query, null, new Quiet(), 0, 0, SIMPLE);
    }

    /**
     * Takes the batches of one result: into a held print, or else a spool. The command tag comes
     * after the last batch (from the first execute; a fetch's tag the driver keeps to itself).
     */
    private static final class Batches extends ListeningResultHandler {
        private final Target listener;
        private List<SqlRunner.Column> columns;
        private HeldPrint print;
        private RowSpool spool;
        /** Takes the batches after the first when there are several: see {@link BatchWorker}. */
        private BatchWorker<Batch> worker;
        /** A batch with no cursor after it came: the last (the driver may follow it with an empty one). */
        private boolean complete;
        /** The size of the latest batch, for the next fetch's. */
        private int lastRows;
        private long lastBytes;
        private String commandTag;
        ResultCursor cursor;
        boolean failed;

        /** Rows as the driver handed them over; {@code last} when no cursor came with them. */
        private record Batch(List<Tuple> tuples, boolean last) {
        }

        Batches(Target listener) {
            this.listener = listener;
        }

        @Override
        public void handleResultRows(Query fromQuery, Field[] fields, List<Tuple> tuples, ResultCursor next) {
            if (columns == null) {
                start(fields);
            }
            if (failed || complete) {
                cursor = null;
                return;
            }
            Batch batch = new Batch(tuples == null ? List.of() : tuples, next == null);
            complete = batch.last();
            measure(batch.tuples());
            if (worker == null && batch.last()) {
                // the whole result came in one batch: no thread needed
                try {
                    take(batch);
                } catch (RuntimeException e) {
                    // the driver is mid-message: fail here, let it read on to the end of this batch
                    handleError(failure(e));
                    return;
                }
            } else {
                if (worker == null) {
                    worker = new BatchWorker<>(this::take);
                }
                RuntimeException stopped = worker.failure();
                if (stopped != null) {
                    handleError(failure(stopped));
                    return;
                }
                worker.submit(batch);
            }
            cursor = next;
        }

        private void measure(List<Tuple> tuples) {
            lastRows = tuples.size();
            lastBytes = 0;
            for (Tuple tuple : tuples) {
                lastBytes += tuple.length();
            }
        }

        int nextFetchSize(int most) {
            return fetchSizeAfter(lastRows, lastBytes, most);
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

        /**
         * One batch into the held print, the footer with the last (when a result ends exactly with
         * a full batch, an empty one follows and prints the footer alone, as psql's FETCH_COUNT
         * does, with the bytes of the whole result), or into the spool.
         */
        private void take(Batch batch) {
            if (print != null) {
                print.batch(new TupleRows(batch.tuples()), batch.last());
                return;
            }
            for (Tuple tuple : batch.tuples()) {
                spool.add(tuple);
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

    /** Takes nothing in: the statement's own error is the cancel the learner asked for. */
    private static final class Quiet extends ListeningResultHandler {
        @Override
        public void handleResultRows(Query fromQuery, Field[] fields, List<Tuple> tuples, ResultCursor cursor) {
        }

        @Override
        public void handleCommandStatus(String status, long updateCount, long insertOID) {
        }

        @Override
        public void handleWarning(SQLWarning warning) {
        }

        @Override
        public void handleError(SQLException error) {
        }
    }
}

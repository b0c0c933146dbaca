package dev.ride.shell.query;

import dev.ride.sandbox.Sandbox;
import dev.ride.shell.Messages;
import dev.ride.shell.RecordingHost;
import dev.ride.shell.ShellSession;
import dev.ride.testing.TestSandboxes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What psql's output cannot show about a select (psql parity of the output itself is in
 * {@link PsqlGoldenTest}): an autocommit select is one simple Query as psql sends it, with no BEGIN
 * or COMMIT of ride's own; inside the learner's transaction a select is streamed through a portal.
 * For both: the transaction left, Ctrl-C between or during fetches, what pg_stat_statements
 * records, the connection dropping mid-result. Unaligned output takes another path when streamed
 * (batches formatted on a thread of their own while the next arrives): the same cases again.
 */
class StreamedQueryTest {

    private static Sandbox sandbox;
    private static String database;

    private StringWriter out;
    private StringWriter err;
    private ShellSession session;

    @BeforeAll
    static void startServer() throws Exception {
        sandbox = TestSandboxes.shared();
        database = TestSandboxes.newDatabase("streamed");
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
    }

    @BeforeEach
    void openSession() throws Exception {
        out = new StringWriter();
        err = new StringWriter();
        session = new ShellSession(new RecordingHost(sandbox), database, new PrintWriter(out), new PrintWriter(err));
        session.setInteractive(true);
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    /** Opens the learner's transaction, where a select is streamed, and forgets what that printed. */
    private void inTransaction() {
        session.handleLine("begin;");
        out.getBuffer().setLength(0);
    }

    @Test
    void anAutocommitSelectAddsNoBeginOrCommitOfRidesOwn() throws Exception {
        String calls = "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query IN ('BEGIN', 'COMMIT')"
                + " AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())";
        long before = count(calls);
        session.handleLine("select g from generate_series(1, 3000) g;");
        session.handleLine("select 1;");
        assertThat(count(calls)).isEqualTo(before);
    }

    private static long count(String sql) throws Exception {
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void selectsLeaveTheTransactionAsTheyFoundIt() {
        session.handleLine("select g from generate_series(1, 10000) g;");
        assertThat(out.toString()).endsWith("(10000 rows)\n\n");
        assertThat(session.prompt()).isEqualTo(database + "=# ");
        session.handleLine("select 1/(g - 9000) from generate_series(1, 10000) g;");
        assertThat(session.prompt()).isEqualTo(database + "=# ");
        session.handleLine("begin;");
        session.handleLine("select g from generate_series(1, 10000) g;");
        assertThat(session.prompt()).isEqualTo(database + "=*# ");
        session.handleLine("select 1/(g - 9000) from generate_series(1, 10000) g;");
        assertThat(session.prompt()).isEqualTo(database + "=!# ");
        session.handleLine("rollback;");
        assertThat(session.prompt()).isEqualTo(database + "=# ");
        assertThat(err.toString()).isEqualTo("ERROR:  division by zero\nERROR:  division by zero\n");
    }

    @Test
    void ctrlCStopsAStreamedResultAndLeavesNoTransaction() throws Exception {
        cancelAfterAWhile();
        assertThat(session.prompt()).isEqualTo(database + "=# ");
        session.handleLine("select 'still here';");
        assertThat(out.toString()).isEqualTo("  ?column?  \n------------\n still here\n(1 row)\n\n");
    }

    @Test
    void ctrlCInsideTheLearnersTransactionAbortsItAsPsqlDoes() throws Exception {
        session.handleLine("begin;");
        cancelAfterAWhile();
        assertThat(session.prompt()).isEqualTo(database + "=!# ");
        session.handleLine("rollback;");
        assertThat(session.prompt()).isEqualTo(database + "=# ");
    }

    /** A result that takes a minute to produce, in batches; Ctrl-C after half a second. */
    private void cancelAfterAWhile() throws Exception {
        int before = out.toString().length();
        CompletableFuture<ShellSession.Outcome> running = CompletableFuture.supplyAsync(() -> session.handleLine(
                "select g, pg_sleep(0.0005) from generate_series(1, 120000) g;"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!session.isQueryRunning() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(500);
        session.cancelRunningQuery();
        assertThat(running.get(20, TimeUnit.SECONDS)).isEqualTo(ShellSession.Outcome.CONTINUE);
        assertThat(err.toString()).isEqualTo("Cancel request sent\nERROR:  canceling statement due to user request\n");
        assertThat(out.toString().length()).as("nothing of the result is printed").isEqualTo(before);
    }

    @Test
    void pgStatStatementsRecordsTheLearnersOwnText() throws Exception {
        inTransaction();
        session.handleLine("select g, 'streamed marker' as marker_column from generate_series(1, 5000) g;");
        session.handleLine("commit;"); // the portal's statistics are recorded when it is dropped
        List<String> recorded = new ArrayList<>();
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT query FROM pg_stat_statements WHERE query LIKE '%marker_column%'"
                     + " AND query NOT LIKE '%pg_stat_statements%'")) {
            while (rs.next()) {
                recorded.add(rs.getString(1));
            }
        }
        assertThat(recorded).containsExactly("select g, $1 as marker_column from generate_series($2, $3) g");
    }

    @Test
    void aConnectionDroppedMidResultIsReportedAndReset() throws Exception {
        dropTheConnectionMidResult("to be killed");
        session.handleLine("select 'back';");
        assertThat(out.toString()).contains(" back\n");
    }

    @Test
    void aConnectionDroppedMidStreamedResultIsReportedAndReset() throws Exception {
        inTransaction();
        dropTheConnectionMidResult("streamed, to be killed");
        assertThat(session.prompt()).isEqualTo(database + "=# ");
        session.handleLine("select 'back';");
        assertThat(out.toString()).contains(" back\n");
    }

    @Test
    void aResultThatCannotBeSpooledIsAnErrorAndTheSessionGoesOn() {
        inTransaction();
        failToSpool();
        session.handleLine("rollback;");
        session.handleLine("select 'on';");
        assertThat(out.toString()).contains(" on\n");
    }

    // ---- unaligned: formatted while the rows arrive (HeldPrint, BatchWorker) ------------------

    /** Switches to unaligned output in the learner's transaction and forgets what that printed. */
    private void formattedAhead() {
        session.handleLine("\\pset format unaligned");
        inTransaction();
    }

    @Test
    void unalignedResultsArriveWholeAndLeaveTheTransactionOpen() {
        formattedAhead();
        session.handleLine("select g, 'ü' || g as u from generate_series(1, 10000) g;");
        assertThat(out.toString()).startsWith("g|u\n1|ü1\n2|ü2\n").endsWith("\n10000|ü10000\n(10000 rows)\n");
        assertThat(session.prompt()).isEqualTo(database + "=*# ");
    }

    @Test
    void ctrlCStopsAnUnalignedResultFormattedAheadAndPrintsNoneOfIt() throws Exception {
        formattedAhead();
        cancelAfterAWhile();
        assertThat(session.prompt()).isEqualTo(database + "=!# ");
        session.handleLine("rollback;");
        out.getBuffer().setLength(0);
        session.handleLine("select 'still here';");
        assertThat(out.toString()).isEqualTo("?column?\nstill here\n(1 row)\n");
    }

    @Test
    void aConnectionDroppedMidUnalignedResultIsReportedAndReset() throws Exception {
        formattedAhead();
        dropTheConnectionMidResult("unaligned, to be killed");
        assertThat(out.toString()).as("nothing of the result is printed").isEmpty();
        session.handleLine("select 'back';");
        assertThat(out.toString()).contains("back\n");
    }

    @Test
    void unalignedOutputThatCannotBeHeldIsAnErrorAndTheSessionGoesOn() {
        formattedAhead();
        failToSpool(); // 10 MB of output: past the 4 MB held in memory, on the batch thread
        session.handleLine("rollback;");
        out.getBuffer().setLength(0);
        session.handleLine("select 'on';");
        assertThat(out.toString()).isEqualTo("?column?\non\n(1 row)\n");
    }

    /**
     * A long result whose backend (found by {@code marker} in its text) is terminated after 0.7 s:
     * psql's messages, and the shell goes on.
     */
    private void dropTheConnectionMidResult(String marker) throws Exception {
        CompletableFuture<ShellSession.Outcome> running = CompletableFuture.supplyAsync(() -> session.handleLine(
                "select g, pg_sleep(0.0005) from generate_series(1, 120000) g /* " + marker + " */;"));
        Thread.sleep(700);
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%" + marker + "%'"
                    + " AND pid <> pg_backend_pid()");
        }
        assertThat(running.get(20, TimeUnit.SECONDS)).isEqualTo(ShellSession.Outcome.CONTINUE);
        assertThat(err.toString()).isEqualTo("FATAL:  terminating connection due to administrator command\n"
                + Messages.SERVER_CLOSED + "\n"
                + "The connection to the server was lost. Attempting reset: Succeeded.\n");
    }

    /** 10 MB of result with a temp dir that does not exist: one error, nothing printed, the transaction kept. */
    private void failToSpool() {
        String tmp = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", "/nonexistent/ride-spool");
        try {
            session.handleLine("select g, repeat('x', 500) from generate_series(1, 20000) g;");
        } finally {
            System.setProperty("java.io.tmpdir", tmp);
        }
        assertThat(err.toString()).startsWith("cannot write the result to a temporary file: ");
        assertThat(out.toString()).isEmpty();
        assertThat(session.prompt()).isEqualTo(database + "=*# ");
    }
}

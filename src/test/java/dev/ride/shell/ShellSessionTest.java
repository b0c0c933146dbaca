package dev.ride.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.sandbox.Sandbox;
import dev.ride.shell.ShellHost.ExecutedInput;
import dev.ride.shell.ShellHost.ExecutedInput.Kind;
import dev.ride.testing.TestSandboxes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the shell does beyond psql parity (the drill's host, the prompt, Ctrl-C, recovering the
 * connection), against a real server.
 */
class ShellSessionTest {

    private static Sandbox sandbox;
    private static String database;

    private RecordingHost host;
    private StringWriter out;
    private StringWriter err;
    private ShellSession session;

    @BeforeAll
    static void startServer() {
        sandbox = TestSandboxes.shared();
        database = TestSandboxes.newDatabase("shell_session");
    }

    @BeforeEach
    void openSession() throws Exception {
        host = new RecordingHost(sandbox);
        out = new StringWriter();
        err = new StringWriter();
        session = new ShellSession(host, database, new PrintWriter(out), new PrintWriter(err));
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    private void lines(String... lines) {
        for (String line : lines) {
            session.handleLine(line);
        }
    }

    @Test
    void reportsEveryStatementAndMetaCommandToTheHost() {
        lines("select 1;", "select nosuch;", "\\x", "\\foo", "select", "  2 ;");
        assertThat(host.executed).containsExactly(
                new ExecutedInput(database, "select 1", Kind.SQL, null),
                new ExecutedInput(database, "select nosuch", Kind.SQL, "column \"nosuch\" does not exist"),
                new ExecutedInput(database, "\\x", Kind.META, null),
                new ExecutedInput(database, "\\foo", Kind.META, "invalid command \\foo"),
                new ExecutedInput(database, "select\n  2", Kind.SQL, null));
    }

    @Test
    void reportsInputsWithTheDatabaseTheyRanIn() {
        lines("\\c postgres", "select 1;");
        assertThat(host.executed).extracting(ExecutedInput::database).containsExactly(database, "postgres");
        assertThat(session.currentDatabase()).isEqualTo("postgres");
        assertThat(out.toString()).startsWith("You are now connected to database \"postgres\" as user \"");
    }

    @Test
    void conninfoAlsoPrintsTheUrlForTheLearnersOwnTools() {
        lines("\\conninfo");
        assertThat(out.toString()).isEqualTo("You are connected to database \"" + database + "\" as user \""
                + sandbox.user() + "\" on host \"" + sandbox.host() + "\" at port \"" + sandbox.port() + "\".\n"
                + sandbox.connectionString(database) + "\n");
    }

    @Test
    void colonCommandsGoToTheHost() {
        assertThat(session.handleLine(":hello there")).isEqualTo(ShellSession.Outcome.CONTINUE);
        assertThat(session.handleLine(":nope")).isEqualTo(ShellSession.Outcome.CONTINUE);
        assertThat(session.handleLine(":submit")).isEqualTo(ShellSession.Outcome.QUIT);
        assertThat(out.toString()).isEqualTo("hello from " + database + "\nsubmitted\n");
        assertThat(err.toString()).isEqualTo("unknown command :nope (\\? lists them)\n");
    }

    @Test
    void aReconnectingColonCommandGivesANewSessionOnTheSameDatabase() {
        lines("create temp table gone (id int);");
        lines(":reset", "select count(*) from pg_class where relname = 'gone';");
        assertThat(out.toString()).endsWith(" count \n-------\n     0\n(1 row)\n\n");
        assertThat(session.currentDatabase()).isEqualTo(database);
    }

    @Test
    void aColonInsideAStatementIsSql() {
        lines("select 1", ":nope;");
        assertThat(err.toString()).startsWith("ERROR:  syntax error at or near \":\"");
    }

    @Test
    void helpListsTheCommandTableAndTheDrillCommands() {
        lines("\\?");
        assertThat(out.toString())
                .startsWith("General\n  \\q                     quit ride\n")
                .contains("  \\dt[S+] [PATTERN]      list tables\n")
                .contains("\nDrill\n  :hello                 say hello\n  :submit [--json]       score the drill and quit\n");
    }

    @Test
    void promptShowsWhatIsOpenAndTheTransactionState() {
        session.setInteractive(true);
        String db = database;
        assertThat(session.prompt()).isEqualTo(db + "=# ");
        lines("select (1,");
        assertThat(session.prompt()).isEqualTo(db + "(# ");
        lines("2)");
        assertThat(session.prompt()).isEqualTo(db + "-# ");
        lines(";", "select 'a");
        assertThat(session.prompt()).isEqualTo(db + "'# ");
        lines("';", "select $$");
        assertThat(session.prompt()).isEqualTo(db + "$# ");
        lines("$$;", "/* open");
        assertThat(session.prompt()).isEqualTo(db + "*# ");
        lines("*/", "begin;");
        assertThat(session.prompt()).isEqualTo(db + "=*# ");
        lines("select");
        assertThat(session.prompt()).isEqualTo(db + "-*# ");
        lines("1/0;");
        assertThat(session.prompt()).isEqualTo(db + "=!# ");
        lines("rollback;");
        assertThat(session.prompt()).isEqualTo(db + "=# ");
    }

    @Test
    void clearingAHalfTypedStatementForgetsIt() {
        lines("select 'never");
        session.clearStatement();
        assertThat(session.statementInProgress()).isFalse();
        lines("select 'kept';");
        assertThat(out.toString()).contains(" kept\n");
    }

    @Test
    void interactiveModeHintsAndKeepsTheSessionWhenConnectFails() {
        session.setInteractive(true);
        lines("\\foo", "\\c nosuch_database", "select current_database();");
        assertThat(err.toString()).startsWith("invalid command \\foo\nTry \\? for help.\n\\connect: connection to server at \"")
                .endsWith("failed: FATAL:  database \"nosuch_database\" does not exist\nPrevious connection kept\n");
        assertThat(session.currentDatabase()).isEqualTo(database);
        assertThat(out.toString()).contains(" " + database + "\n");
    }

    @Test
    void quitAndExitWorkAtAnEmptyPromptOnly() {
        session.setInteractive(true);
        assertThat(session.handleLine("select 1")).isEqualTo(ShellSession.Outcome.CONTINUE);
        assertThat(session.handleLine("quit")).isEqualTo(ShellSession.Outcome.CONTINUE);
        assertThat(out.toString()).isEqualTo("Use \\q to quit.\n");
        session.clearStatement();
        assertThat(session.handleLine("exit")).isEqualTo(ShellSession.Outcome.QUIT);
    }

    @Test
    void cancelStopsTheRunningQueryOnTheServer() throws Exception {
        session.setInteractive(true);
        CompletableFuture<ShellSession.Outcome> running =
                CompletableFuture.supplyAsync(() -> session.handleLine("select pg_sleep(60);"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!session.isQueryRunning() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200); // let the server start sleeping
        session.cancelRunningQuery();
        assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo(ShellSession.Outcome.CONTINUE);
        assertThat(err.toString()).isEqualTo("Cancel request sent\nERROR:  canceling statement due to user request\n");
        lines("select 'still here';");
        assertThat(out.toString()).contains(" still here\n");
    }

    @Test
    void interactiveSessionReconnectsWhenTheServerDropsIt() {
        session.setInteractive(true);
        lines("select pg_terminate_backend(pg_backend_pid());");
        assertThat(err.toString()).isEqualTo("FATAL:  terminating connection due to administrator command\n"
                + Messages.SERVER_CLOSED + "\n"
                + "The connection to the server was lost. Attempting reset: Succeeded.\n");
        lines("select 'back';");
        assertThat(out.toString()).contains(" back\n");
    }
}

package dev.ride.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.ride.sandbox.ExternalEngine;
import dev.ride.sandbox.Sandbox;
import dev.ride.testing.TestSandboxes;

/** {@code :log} on the shared embedded server: how many lines, bad arguments, following. */
class ServerLogCommandTest {

    private final Sandbox sandbox = TestSandboxes.shared();

    private static String run(ServerLog log, String arguments) {
        StringWriter text = new StringWriter();
        log.run(arguments, "postgres", new PrintWriter(text, true));
        return text.toString();
    }

    private ServerLog serverLog(boolean atATerminal) {
        return new ServerLog(() -> sandbox, () -> false, () -> atATerminal);
    }

    private void failInTheServer(String marker) throws Exception {
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("SELECT 1/0 AS " + marker);
        } catch (java.sql.SQLException expected) {
            // the error is what the log should show
        }
    }

    @Test
    void showsAtMostTheLinesAskedFor() throws Exception {
        failInTheServer("log_five");
        failInTheServer("log_five_again");
        Thread.sleep(300);
        assertThat(run(serverLog(false), "5").lines()).hasSizeBetween(1, 5);
        assertThat(run(serverLog(false), "").lines().count()).isLessThanOrEqualTo(ServerLog.DEFAULT_LINES);
        assertThat(run(serverLog(false), "1")).endsWith("STATEMENT:  SELECT 1/0 AS log_five_again\n");
    }

    @Test
    void fromPgBouncersConsoleTheLogIsReadThroughTheServersPostgresDatabase() throws Exception {
        failInTheServer("log_from_console");
        Thread.sleep(300);
        StringWriter text = new StringWriter();
        serverLog(false).run("1", "pgbouncer", new PrintWriter(text, true));
        assertThat(text.toString()).endsWith("STATEMENT:  SELECT 1/0 AS log_from_console\n");
        run(serverLog(false), "1");
        assertThat(run(serverLog(false), "3")).doesNotContain("\"pgbouncer\" does not exist");
    }

    @Test
    void badArgumentsGetAUsageLine() {
        // a server's name is for a sandbox of several servers: here "lots" is no more than it was
        for (String bad : new String[] {"0", "-3", "lots", "5 6", "--follow --follow", "--tail", "primary 5"}) {
            assertThat(run(serverLog(false), bad)).isEqualTo(
                    "usage: :log [N] [--follow]   (N: how many lines, 1 or more)\n");
        }
    }

    @Test
    void followInScriptModeShowsWhatIsThereAndReturns() throws Exception {
        failInTheServer("log_script_follow");
        Thread.sleep(300);
        assertThat(run(serverLog(false), "--follow 2")).contains("log_script_follow")
                .doesNotContain("Ctrl-C");
    }

    @Test
    void followShowsNewLinesUntilInterrupted() throws Exception {
        ServerLog log = serverLog(true);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        CompletableFuture<Void> following = CompletableFuture.runAsync(() -> log.run("1 --follow", "postgres", out));
        awaitText(text, "Ctrl-C returns to the prompt");
        failInTheServer("log_followed");
        awaitText(text, "STATEMENT:  SELECT 1/0 AS log_followed");
        log.interrupt();
        following.get(5, TimeUnit.SECONDS);
        assertThat(text.toString()).contains("ERROR:  division by zero");
    }

    @Test
    void anExternalLoginThatIsNoSuperuserIsToldSoInOneSentence() throws Exception {
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS log_reader_test");
            s.execute("CREATE ROLE log_reader_test LOGIN PASSWORD 'not-a-superuser'");
        }
        Sandbox external = new ExternalEngine("jdbc:postgresql://" + sandbox.host() + ":" + sandbox.port()
                + "/postgres?user=log_reader_test&password=not-a-superuser").start("log-test");
        ServerLog log = new ServerLog(() -> external, () -> false, () -> false);
        assertThat(run(log, "5")).isEqualTo("ride logs in as log_reader_test, which is not a superuser, so it cannot"
                + " read the server log.\n");
    }

    private static void awaitText(StringWriter text, String wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!text.toString().contains(wanted)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + wanted + "\" in:\n" + text);
            }
            Thread.sleep(20);
        }
    }
}

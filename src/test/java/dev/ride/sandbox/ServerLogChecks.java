package dev.ride.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What every engine's server log must show, checked on a running sandbox (embedded and docker
 * tests share them): errors with their statement and who ran them, lock waits, and never the
 * sandbox's password.
 */
public final class ServerLogChecks {

    private ServerLogChecks() {
    }

    /** The whole log as it is now. */
    public static String wholeLog(Sandbox sandbox, String database) throws SQLException {
        try (ServerLogFile log = ServerLogFile.open(sandbox, database)) {
            ServerLogFile.At at = (ServerLogFile.At) log.where();
            return String.join("\n", log.lastLines(at, Integer.MAX_VALUE));
        }
    }

    /** The log once it contains {@code text} (the collector writes a moment after the backend). */
    public static String awaitLog(Sandbox sandbox, String database, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            String log = wholeLog(sandbox, database);
            if (log.contains(text) || System.nanoTime() > deadline) {
                return log;
            }
            Thread.sleep(50);
        }
    }

    /** The line of {@code log} that contains {@code text}, and the line after it. */
    public static List<String> lineWithNext(String log, String text) {
        List<String> lines = log.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return lines.subList(i, Math.min(i + 2, lines.size()));
            }
        }
        throw new AssertionError("no line with " + text + " in the server log:\n" + log);
    }

    /** An error is logged with time, pid, user@database, application name and its statement. */
    public static void errorsAreLoggedWithTheirStatement(Sandbox sandbox, String database) throws Exception {
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement()) {
            s.execute("SET application_name = 'checkout-app'");
            assertThatThrownBy(() -> s.execute("SELECT 1/0 AS log_check_error")).isInstanceOf(SQLException.class);
        }
        String log = awaitLog(sandbox, database, "log_check_error");
        List<String> lines = lineWithNext(log, "division by zero");
        assertThat(lines.get(0))
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\S+ \\[\\d+\\] "
                        + sandbox.user() + "@" + database + " checkout-app: ERROR:  division by zero");
        assertThat(lines.get(1)).endsWith("STATEMENT:  SELECT 1/0 AS log_check_error");
    }

    /** A session that waits on a lock longer than deadlock_timeout says so, and then that it got it. */
    public static void lockWaitsAreLogged(Sandbox sandbox, String database) throws Exception {
        try (Connection holder = sandbox.connect(database); Statement h = holder.createStatement();
             Connection waiter = sandbox.connect(database); Statement w = waiter.createStatement()) {
            h.execute("CREATE TABLE lock_check (id int)");
            holder.setAutoCommit(false);
            h.execute("LOCK TABLE lock_check IN ACCESS EXCLUSIVE MODE");
            w.execute("SET application_name = 'lock-waiter'");
            // superuser-settable; the server's 1 s would only make the test slower
            w.execute("SET deadlock_timeout = '100ms'");
            CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
                try {
                    return w.execute("SELECT count(*) FROM lock_check");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(600);
            holder.commit();
            waited.get(10, TimeUnit.SECONDS);
        }
        String log = awaitLog(sandbox, database, "acquired AccessShareLock");
        assertThat(lineWithNext(log, "still waiting for AccessShareLock on relation").get(0))
                .contains(sandbox.user() + "@" + database + " lock-waiter: LOG:  process ");
        assertThat(log).contains("acquired AccessShareLock on relation");
    }

    /** A failing password change logs the error but not the statement, so not the password either. */
    public static void aFailedPasswordChangeKeepsThePasswordOutOfTheLog(Sandbox sandbox, String database)
            throws Exception {
        String secret = "NotInTheLog" + System.nanoTime();
        try (Connection c = sandbox.connect(database)) {
            assertThatThrownBy(() -> Passwords.replace(c, "no_such_role_for_log_check", secret))
                    .isInstanceOf(SandboxException.class);
        }
        String log = awaitLog(sandbox, database, "no_such_role_for_log_check");
        assertThat(log).contains("role \"no_such_role_for_log_check\" does not exist")
                .doesNotContain(secret)
                .doesNotContain(sandbox.password());
    }
}

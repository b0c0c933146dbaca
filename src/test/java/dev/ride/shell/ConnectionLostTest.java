package dev.ride.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.testing.TestSandboxes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The server goes away under the interactive shell: one clear message (psql's), no stack trace,
 * and the next command gets a connection again as soon as the server accepts one.
 */
class ConnectionLostTest {

    /** A host whose server can be made to refuse connections, like a killed server not yet back. */
    @Test
    void oneMessageThenTheNextCommandReconnects() throws Exception {
        String database = TestSandboxes.newDatabase("lost");
        RecordingHost host = new RecordingHost(TestSandboxes.shared());
        StringWriter screen = new StringWriter();
        PrintWriter out = new PrintWriter(screen, true);
        try (ShellSession session = new ShellSession(host, database, out, out)) {
            session.setInteractive(true);
            session.handleLine("select 1;");
            host.refuseConnections = true;
            killBackendsOf(database);
            session.handleLine("select 'lost?';");
            assertThat(screen.toString()).contains("The connection to the server was lost. Attempting reset: Failed.")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            int before = screen.toString().length();
            session.handleLine("select 'still down';");
            assertThat(screen.toString().substring(before))
                    .isEqualTo("You are currently not connected to a database.\n");
            host.refuseConnections = false;
            session.handleLine("select 'back' as state;");
            assertThat(screen.toString()).endsWith(" state \n-------\n back\n(1 row)\n\n");
        }
    }

    private static void killBackendsOf(String database) throws SQLException {
        try (Connection c = TestSandboxes.shared().connect("postgres"); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        }
    }
}

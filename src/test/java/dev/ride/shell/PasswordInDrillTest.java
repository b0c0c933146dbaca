package dev.ride.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.sandbox.Sandbox;
import dev.ride.testing.TestSandboxes;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code \password} in a drill leaves alone the role ride itself logs in as (to grade, reconnect
 * and reset): changing it would lock the drill out of its own sandbox. Other roles' passwords
 * change as in psql (PsqlEditPromptDescribeIT, PsqlTerminalCommandsIT).
 */
class PasswordInDrillTest {

    @Test
    void theDrillsOwnLoginIsRefusedBeforeAnyPrompt() throws Exception {
        Sandbox sandbox = TestSandboxes.shared();
        RecordingHost host = new RecordingHost(sandbox);
        host.ownLogin = sandbox.user();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ShellSession session = new ShellSession(host, "postgres", new PrintWriter(out), new PrintWriter(err));
        try {
            session.handleLine("\\password");
            session.handleLine("\\password " + sandbox.user());
        } finally {
            session.close();
        }
        String refusal = "\\password: ride logs in as \"" + sandbox.user() + "\" to grade and reset this drill;"
                + " change another role's password\n";
        assertThat(err.toString()).isEqualTo(refusal + refusal);
        assertThat(out.toString()).isEmpty();
        try (var c = sandbox.connect("postgres")) {
            assertThat(c.isValid(2)).as("the sandbox's password still logs in").isTrue();
        }
    }
}

package dev.ride.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.testing.TestSandboxes;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JLine front end on a scripted terminal: keys in, screen out. */
class InteractiveShellTest {

    @TempDir
    Path dir;

    /**
     * Types {@code keys} into a terminal, one chunk at a time with a pause between chunks, as a
     * person would (the terminal handles Ctrl-C as a signal the moment it reads it).
     */
    private String run(Path history, String... keys) throws Exception {
        String database = TestSandboxes.newDatabase("interactive");
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream keyboard = new PipedInputStream(typing);
        Thread typist = new Thread(() -> {
            try {
                for (String chunk : keys) {
                    Thread.sleep(400);
                    typing.write(chunk.getBytes(StandardCharsets.UTF_8));
                    typing.flush();
                }
                Thread.sleep(400);
                typing.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        typist.start();
        try (Terminal terminal = new ExternalTerminal("test", "xterm", keyboard, screen, StandardCharsets.UTF_8);
             ShellSession session = new ShellSession(new RecordingHost(TestSandboxes.shared()), database,
                     terminal.writer(), terminal.writer())) {
            int exit = new InteractiveShell(session).run(terminal, history);
            assertThat(exit).isZero();
        }
        typist.join();
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;?]*[a-zA-Z]|\u001b[=>]", "");
    }

    @Test
    void runsStatementsAndKeepsAMultiLineStatementAsOneHistoryEntry() throws Exception {
        Path history = dir.resolve("history");
        String screen = run(history, "select 1 as one;\r", "select 'two'\r", "  as two;\r", "\\q\r");
        assertThat(screen).contains("=# ").contains(" one \r\n-----\r\n   1\r\n(1 row)")
                .contains("-# ").contains(" two \r\n-----\r\n two\r\n(1 row)");
        assertThat(Files.readString(history)).contains("select 1 as one;").contains("select 'two'\\n  as two;");
    }

    @Test
    void controlCClearsWhatIsTypedAndControlDQuits() throws Exception {
        String screen = run(dir.resolve("h"), "select 'lost'\r", "\u0003", "select 'kept';\r", "\u0004");
        assertThat(screen).doesNotContain(" lost\r\n").contains(" kept\r\n").endsWith("\\q\r\n");
    }

    @Test
    void controlCWhileAQueryRunsCancelsItOnTheServer() throws Exception {
        String screen = run(dir.resolve("h"), "select pg_sleep(30);\r", "\u0003", "select 'after';\r", "\\q\r");
        assertThat(screen).contains("Cancel request sent\r\nERROR:  canceling statement due to user request")
                .contains(" after\r\n");
    }
}

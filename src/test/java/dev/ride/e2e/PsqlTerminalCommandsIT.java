package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.sandbox.Sandbox;
import dev.ride.testing.TestSandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ride psql} at a real terminal (tmux, 80x24) for the commands that use the terminal
 * itself: {@code \e} hands it to an editor that reads a line from it (no key may go to the shell
 * meanwhile) and takes it back; {@code \prompt} reads a line; {@code \password} asks twice without
 * echo, and afterwards the new password logs in while neither the screen, the history file nor
 * the server log (every statement logged) holds it; {@code \s} lists the history.
 */
class PsqlTerminalCommandsIT {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration SOON = Duration.ofSeconds(60);

    private static Sandbox sandbox;
    private static String database;
    private static String user;
    private static String password;

    @TempDir
    static Path dir;

    @BeforeAll
    static void prepare() throws Exception {
        sandbox = TestSandboxes.shared();
        database = TestSandboxes.newDatabase("psqltty");
        user = "tty_" + ProcessHandle.current().pid();
        password = "pw-" + UUID.randomUUID();
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement()) {
            s.execute("create role " + user + " superuser login password '" + password + "'");
            s.execute("alter role " + user + " set log_statement = 'all'");
        }
        // an editor that asks for one line at the terminal and appends it to the file
        Path editor = dir.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\nfor last; do :; done\nprintf 'EDITOR> '\nIFS= read -r line\n"
                + "printf '%s\\n' \"$line\" >> \"$last\"\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
    }

    private Tmux psql() throws Exception {
        Tmux tmux = new Tmux(RideProcess.commandLine("psql -X"), 80, 24, List.of(
                "PGHOST=127.0.0.1", "PGPORT=" + sandbox.port(), "PGUSER=" + user, "PGPASSWORD=" + password,
                "PGDATABASE=" + database, "PSQL_EDITOR=" + dir.resolve("editor.sh"), "TMPDIR=" + dir,
                "XDG_DATA_HOME=" + dir.resolve("data"), "XDG_STATE_HOME=" + dir.resolve("state"), "TERM=xterm"));
        tmux.waitFor(database + "=#", START);
        return tmux;
    }

    @Test
    void theEditorGetsTheTerminalAndWhatComesBackIsReadAsInput() throws Exception {
        try (Tmux tmux = psql()) {
            tmux.enter("select 1 as a");
            tmux.enter("\\e");
            tmux.waitFor("EDITOR>", SOON);
            tmux.enter(", 2 as b");
            // no semicolon: psql shows the buffer after its first prompt and waits for the rest
            tmux.waitForEmptyPrompt(database + "-#", SOON);
            assertThat(tmux.screen()).contains(database + "=# select 1 as a\n, 2 as b\n" + database + "-#");
            tmux.enter(";");
            tmux.waitFor(" 1 | 2", SOON);
            tmux.waitForEmptyPrompt(database + "=#", SOON);

            // the previous query comes back to the editor; a finished statement runs at once
            tmux.enter("\\e");
            tmux.waitFor("EDITOR>", SOON);
            tmux.enter("select 'edited' as word;");
            tmux.waitFor(" edited", SOON);
            tmux.waitForEmptyPrompt(database + "=#", SOON);

            // the shell reads keys again as before
            tmux.enter("\\echo back");
            tmux.waitFor("\nback\n", SOON);
            tmux.enter("\\s");
            tmux.waitFor("\\echo back\n\\s\n", SOON);
            tmux.enter("\\q");
            assertThat(tmux.waitForExit(SOON)).isTrue();
        }
    }

    @Test
    void promptReadsALineIntoAVariable() throws Exception {
        try (Tmux tmux = psql()) {
            tmux.enter("\\prompt 'Your name? ' who");
            tmux.waitFor("Your name?", SOON);
            tmux.enter("Zed Shaw");
            tmux.waitForEmptyPrompt(database + "=#", SOON);
            tmux.enter("\\echo hello :who");
            tmux.waitFor("hello Zed Shaw", SOON);
            tmux.enter("\\q");
            assertThat(tmux.waitForExit(SOON)).isTrue();
        }
    }

    @Test
    void passwordChangesWithoutTheClearPasswordLeavingTheClient() throws Exception {
        String role = "tty_pw_" + ProcessHandle.current().pid();
        String newPassword = "new-" + UUID.randomUUID();
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement()) {
            s.execute("create role " + role + " login");
        }
        try (Tmux tmux = psql()) {
            // each answer waits for its own question at the screen's end: the first round's questions
            // stay on the screen, and a password typed ahead of its question is echoed
            tmux.enter("\\password " + role);
            tmux.waitForEnding("Enter new password for user \"" + role + "\":", SOON);
            tmux.enter(newPassword);
            tmux.waitForEnding("Enter it again:", SOON);
            tmux.enter("typo");
            tmux.waitFor("Passwords didn't match.", SOON);
            tmux.waitForEmptyPrompt(database + "=#", SOON);
            tmux.enter("\\password " + role);
            tmux.waitForEnding("Enter new password for user \"" + role + "\":", SOON);
            tmux.enter(newPassword);
            tmux.waitForEnding("Enter it again:", SOON);
            tmux.enter(newPassword);
            tmux.waitForEmptyPrompt(database + "=#", SOON);
            assertThat(tmux.history()).doesNotContain(newPassword);
            tmux.enter("\\q");
            assertThat(tmux.waitForExit(SOON)).isTrue();
        }
        try (Connection c = DriverManager.getConnection(sandbox.jdbcUrl(database), role, newPassword);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("select current_user")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo(role);
        }
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select pg_catalog.pg_read_file(pg_catalog.pg_current_logfile())")) {
            r.next();
            String log = r.getString(1);
            assertThat(log).contains("ALTER USER " + role + " PASSWORD 'SCRAM-SHA-256$4096:");
            assertThat(log).doesNotContain(newPassword);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(newPassword);
            }
        }
    }
}

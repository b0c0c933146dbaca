package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.ServerLogChecks;
import dev.ride.testing.TestSandboxes;

/** The embedded server's log, on the shared test server, and what a prepared copy leaves out. */
class EmbeddedServerLogTest {

    @Test
    void errorsAreLoggedWithTheirStatement() throws Exception {
        ServerLogChecks.errorsAreLoggedWithTheirStatement(TestSandboxes.shared(), TestSandboxes.newDatabase("log_error"));
    }

    @Test
    void lockWaitsAreLogged() throws Exception {
        ServerLogChecks.lockWaitsAreLogged(TestSandboxes.shared(), TestSandboxes.newDatabase("log_lock"));
    }

    @Test
    void theRunsPasswordNeverReachesTheLog() throws Exception {
        Sandbox sandbox = TestSandboxes.shared();
        ServerLogChecks.aFailedPasswordChangeKeepsThePasswordOutOfTheLog(sandbox, TestSandboxes.newDatabase("log_pw"));
    }

    @Test
    void theLogIsAFileInTheDataDirectory() throws Exception {
        Sandbox sandbox = TestSandboxes.shared();
        String log = ServerLogChecks.wholeLog(sandbox, "postgres");
        // the run's own start-up, from a copy without the preparing run's log
        assertThat(log).contains("database system is ready to accept connections");
        assertThat(log.split("database system is ready to accept connections", -1)).hasSize(2);
    }

    @Test
    void aCopiedDataDirectoryLeavesTheServerLogBehind(@TempDir Path temp) throws IOException {
        Path from = Files.createDirectories(temp.resolve("from"));
        Files.createDirectories(from.resolve("base/1"));
        Files.writeString(from.resolve("base/1/1259"), "pages");
        Files.createDirectories(from.resolve("log"));
        Files.writeString(from.resolve("log/postgresql.log"), "the preparing run's log\n");

        PreparedDataDirs.copyTree(from, temp.resolve("to"), null);

        assertThat(temp.resolve("to/base/1/1259")).hasContent("pages");
        assertThat(temp.resolve("to/log")).doesNotExist();
    }
}

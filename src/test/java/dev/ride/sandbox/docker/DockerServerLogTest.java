package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.dockerjava.api.model.Image;

import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.ServerLogChecks;

/**
 * The docker engine logs like the embedded one ({@link ServerLogChecks}), and a prepared image
 * does not carry the preparing run's log into the runs that start from it.
 */
class DockerServerLogTest {

    private final String label = "test/server-log-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeImages() {
        PreparedImages images = new PreparedImages(DockerTests.daemon().client());
        for (Image image : images.ofScenario(label)) {
            images.remove(image.getId());
        }
    }

    /** An install that leaves an error in the log. */
    private static PreparedState noisyInstall() {
        return new PreparedState("noisy", sandbox -> {
            try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("SELECT 1/0 AS preparing_run_marker");
            } catch (SQLException expected) {
                // the error is the point: it must not reach a learner's log
            }
        });
    }

    @Test
    void logsLikeEveryEngineAndStartsEachRunWithoutThePreparingRunsLines() throws Exception {
        DockerEngine engine = DockerTests.engine();
        try (DockerSandbox first = engine.start(label, noisyInstall())) {
            assertThat(ServerLogChecks.wholeLog(first, "postgres")).doesNotContain("preparing_run_marker");
        }
        try (DockerSandbox sandbox = engine.start(label, noisyInstall())) {
            assertThat(sandbox.description()).contains("prepared");
            String log = ServerLogChecks.wholeLog(sandbox, "postgres");
            assertThat(log).doesNotContain("preparing_run_marker")
                    .contains("database system is ready to accept connections");
            try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE shop");
            }
            ServerLogChecks.errorsAreLoggedWithTheirStatement(sandbox, "shop");
            ServerLogChecks.lockWaitsAreLogged(sandbox, "shop");
            ServerLogChecks.aFailedPasswordChangeKeepsThePasswordOutOfTheLog(sandbox, "shop");
        }
    }
}

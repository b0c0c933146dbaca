package dev.ride.sandbox.docker;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;

import dev.ride.sandbox.SandboxException;

/**
 * Waits until the server in a new container accepts a real login over the published port. A TCP
 * connect alone proves nothing: docker-proxy accepts before PostgreSQL listens, and the official
 * entrypoint runs a temporary socket-only server during initialisation.
 */
final class Readiness {

    static final int LOG_LINES = 20;
    private static final String WRONG_PASSWORD = "28P01";
    private static final long INSPECT_EVERY_NANOS = 200_000_000L;
    /**
     * No inspect before this: a warm start answers within it, and an inspect blocks the polling
     * for 0.1 s on a quiet machine but 0.3–0.65 s on a busy one (a cold JVM parsing the answer),
     * which delayed the login after the server was up. A container that died is only noticed this
     * much later.
     */
    private static final long FIRST_INSPECT_AFTER_NANOS = 1_500_000_000L;

    private Readiness() {
    }

    /**
     * Returns once {@code user} logged in with {@code password}, after {@code onLogin} ran on that
     * first connection (a warm start sets the run's own password there).
     */
    static void await(DockerClient client, String containerId, String jdbcUrl, String user, String password,
                      long beginNanos, Duration timeout, Consumer<Connection> onLogin) {
        await(client, containerId, jdbcUrl, user, password, beginNanos, timeout, onLogin, false);
    }

    /**
     * The same for a standby made from the prepared image, which has {@code password} only once
     * it has replayed the primary's change of it: a refused password is waited out, not final
     * ({@link StandbyCatchUp} makes that wait short, so the standby's log seldom shows one).
     */
    static void awaitReplayedPassword(DockerClient client, String containerId, String jdbcUrl, String user, String password,
                                      long beginNanos, Duration timeout) {
        await(client, containerId, jdbcUrl, user, password, beginNanos, timeout, c -> { }, true);
    }

    private static void await(DockerClient client, String containerId, String jdbcUrl, String user, String password,
                              long beginNanos, Duration timeout, Consumer<Connection> onLogin, boolean passwordOnItsWay) {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        login.setProperty("connectTimeout", "2");
        login.setProperty("ApplicationName", "ride-readiness");
        long deadline = beginNanos + timeout.toNanos();
        long nextInspect = System.nanoTime() + FIRST_INSPECT_AFTER_NANOS;
        SQLException last;
        while (true) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, login)) {
                onLogin.accept(c);
                return;
            } catch (SQLException e) {
                if (WRONG_PASSWORD.equals(e.getSQLState()) && !passwordOnItsWay) {
                    // only the real server checks passwords (initdb's temporary one has no TCP): no use waiting
                    throw new SandboxException("The PostgreSQL container refused the sandbox's password: "
                            + e.getMessage(), e);
                }
                last = e;
            }
            // differences, not comparisons: nanoTime may be negative or wrap
            boolean late = System.nanoTime() - deadline > 0;
            if (late || System.nanoTime() - nextInspect >= 0) {
                // a few times a second: the daemon shares the machine's CPUs with initdb
                nextInspect = System.nanoTime() + INSPECT_EVERY_NANOS;
                checkRunning(client, containerId);
            }
            if (late) {
                throw new SandboxException("The PostgreSQL container did not accept a login within "
                        + timeout.toSeconds() + " s (last error: " + last.getMessage() + "); its log ends with:\n"
                        + ContainerLog.tail(client, containerId, LOG_LINES), last);
            }
            try {
                // a warm start answers about 0.1 s after the container starts: poll closely
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SandboxException("Interrupted while the sandbox started.", e);
            }
        }
    }

    private static void checkRunning(DockerClient client, String containerId) {
        checkRunning(client, containerId, client.inspectContainerCmd(containerId).exec().getState());
    }

    /** Throws, with the container's last log lines, unless it runs. */
    static void checkRunning(DockerClient client, String containerId, InspectContainerResponse.ContainerState state) {
        if (!Boolean.TRUE.equals(state.getRunning())) {
            throw new SandboxException("The PostgreSQL container stopped during start-up (exit code "
                    + state.getExitCodeLong() + "); its log ends with:\n"
                    + ContainerLog.tail(client, containerId, LOG_LINES));
        }
    }
}

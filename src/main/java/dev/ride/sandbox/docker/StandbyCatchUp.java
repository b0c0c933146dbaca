package dev.ride.sandbox.docker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import com.github.dockerjava.api.DockerClient;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.SandboxException;

/**
 * Waits, from the primary's side, until a standby made from the prepared image has received the
 * primary's WAL up to a point: the run's password is in that WAL (the image has the prepared one),
 * so a login to the standby before then would be refused, and logged in its server log as a
 * failed login. {@code pg_stat_replication.flush_lsn} is reported as soon as the standby has the
 * WAL ({@code replay_lsn} only every {@code wal_receiver_status_interval}); replay follows within
 * milliseconds.
 */
final class StandbyCatchUp {

    private static final String RECEIVED = "select coalesce(bool_or(flush_lsn >= ?::pg_lsn), false)"
            + " from pg_stat_replication where application_name = ?";
    private static final long INSPECT_EVERY_NANOS = 200_000_000L;

    private StandbyCatchUp() {
    }

    /** The primary's WAL written so far: what a standby started now must receive before its first login. */
    static String writtenSoFar(Endpoint primary) {
        try (Connection c = primary.connect("postgres"); ResultSet rs = c.createStatement()
                .executeQuery("select pg_current_wal_lsn()::text")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new SandboxException(primary.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns once the standby {@code name} (its {@code application_name}), in container
     * {@code containerId}, has flushed the primary's WAL up to {@code lsn}; throws with the
     * container's log if it stops or {@code timeout} passes first.
     */
    static void await(DockerClient client, Endpoint primary, String name, String containerId, String lsn, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextInspect = System.nanoTime() + INSPECT_EVERY_NANOS;
        try (Connection c = primary.connect("postgres"); PreparedStatement received = c.prepareStatement(RECEIVED)) {
            received.setString(1, lsn);
            received.setString(2, name);
            while (true) {
                try (ResultSet rs = received.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() - nextInspect >= 0) {
                    nextInspect = System.nanoTime() + INSPECT_EVERY_NANOS;
                    Readiness.checkRunning(client, containerId, client.inspectContainerCmd(containerId).exec().getState());
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new SandboxException(name + " did not stream from " + primary.name() + " within "
                            + timeout.toSeconds() + " s; its log ends with:\n"
                            + ContainerLog.tail(client, containerId, Readiness.LOG_LINES));
                }
                Thread.sleep(10);
            }
        } catch (SQLException e) {
            throw new SandboxException(primary.name() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while " + name + " started.", e);
        }
    }
}

package dev.ride.sandbox.docker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

import com.github.dockerjava.api.DockerClient;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.ServerLogSettings;

/**
 * A session on the primary that sees a standby made from the prepared image through its first
 * catch-up: the run's password is in the primary's WAL since the image (the image has the prepared
 * one), so a login to the standby before it has that WAL would be refused, and logged in its server
 * log as a failed login. {@code pg_stat_replication.flush_lsn} is reported as soon as the standby
 * has the WAL ({@code replay_lsn} only every {@code wal_receiver_status_interval}); replay follows
 * within milliseconds.
 * <p>
 * The standby starts streaming where the image's WAL ends, from the start of that segment. A
 * standby without a slot of its own is not protected by anything on the primary until it
 * connects: a checkpoint there in between (one more segment of WAL than {@code max_wal_size}
 * allows, a {@code CHECKPOINT}) would remove that segment, and the standby would never catch up
 * ("requested WAL segment ... has already been removed"). So the primary's first session of the
 * run makes a slot for it ({@link #slotName}, DockerTopology's prepareSession), which holds the
 * primary's WAL from its start on; {@link #close()} drops it once the standby has caught up (and
 * streams on, as a standby without a slot does), so nothing of it stays for the drill
 * (DockerTopologyCatchUpIT).
 */
final class StandbyCatchUp implements AutoCloseable {

    private static final String RECEIVED = "select coalesce(bool_or(flush_lsn >= ?::pg_lsn), false)"
            + " from pg_stat_replication where application_name = ?";
    private static final long INSPECT_EVERY_NANOS = 200_000_000L;

    private final Endpoint primary;
    private final String name;
    private final Connection session;
    private final String lsn;
    /** The slot that held the WAL for this standby until it caught up, or null (it has one of its own). */
    private final String catchUpSlot;

    private StandbyCatchUp(Endpoint primary, String name, Connection session, String lsn, String catchUpSlot) {
        this.primary = primary;
        this.name = name;
        this.session = session;
        this.lsn = lsn;
        this.catchUpSlot = catchUpSlot;
    }

    /**
     * Opens the session on {@code primary} for the standby {@code name} (its {@code application_name})
     * and notes the WAL written so far, which the standby must receive before its first login;
     * {@code catchUpSlot} (made at the primary's first login for a standby without a slot of its
     * own, else null) is dropped by {@link #close()}.
     */
    static StandbyCatchUp begin(Endpoint primary, String name, String catchUpSlot) {
        Connection c = null;
        try {
            c = primary.connect("postgres");
            try (Statement s = c.createStatement()) {
                // ride's own statements are no evidence of the learner's
                s.execute("set pg_stat_statements.track = 'none'");
                try (ResultSet rs = s.executeQuery("select pg_current_wal_lsn()::text")) {
                    rs.next();
                    return new StandbyCatchUp(primary, name, c, rs.getString(1), catchUpSlot);
                }
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw new SandboxException(primary.name() + ": " + e.getMessage(), e);
        }
    }

    /** The catch-up slot's name: {@code ride_catch_up_} and the standby's name as a slot name may spell it. */
    static String slotName(String standby) {
        return "ride_catch_up_" + standby.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    /**
     * Returns once the standby, in container {@code containerId}, has flushed the primary's WAL up
     * to what {@link #begin} noted; throws with the container's log if it stops or {@code timeout}
     * passes first.
     */
    void await(DockerClient client, String containerId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextInspect = System.nanoTime() + INSPECT_EVERY_NANOS;
        try (PreparedStatement received = session.prepareStatement(RECEIVED)) {
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
                    // its server log says why (the container's own output is the collector's two lines)
                    throw new SandboxException(name + " did not stream from " + primary.name() + " within "
                            + timeout.toSeconds() + " s; its log ends with:\n"
                            + ContainerFiles.tail(client, containerId, TopologyScripts.STANDBY_PGDATA + "/"
                            + ServerLogSettings.DIRECTORY + "/" + ServerLogSettings.FILE_NAME, Readiness.LOG_LINES));
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

    /** Drops the catch-up slot, if any, and ends the session. */
    @Override
    public void close() {
        if (catchUpSlot != null) {
            try (PreparedStatement drop = session.prepareStatement(
                    "select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = ?")) {
                drop.setString(1, catchUpSlot);
                drop.execute();
            } catch (SQLException e) {
                // the primary went away: the slot goes with its container
            }
        }
        closeQuietly(session);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // the primary went away: its temporary slot went with the session
        }
    }
}

package dev.ride.sandbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The operator actions that are SQL on the server itself, the same on every engine: promote,
 * pause and resume replay, reload. Each checks what it needs (a standby) and says what is wrong
 * in one sentence.
 */
public final class ServerControl {

    /** How long a promotion may take before it is reported as failed. */
    public static final int PROMOTE_WAIT_SECONDS = 60;

    private ServerControl() {
    }

    public static boolean inRecovery(Endpoint server) {
        return bool(server, "SELECT pg_is_in_recovery()");
    }

    /** Whether {@code primary} has a physical replication slot named {@code slot}. */
    public static boolean hasPhysicalSlot(Endpoint primary, String slot) {
        return bool(primary, "SELECT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_type = 'physical' AND slot_name = "
                + dev.ride.sql.SqlQuoting.literal(slot) + ")");
    }

    public static String promote(Endpoint server) {
        requireStandby(server, "promote");
        if (!bool(server, "SELECT pg_promote(true, " + PROMOTE_WAIT_SECONDS + ")")) {
            throw new SandboxException(server.name() + " did not finish its promotion within " + PROMOTE_WAIT_SECONDS + " s.");
        }
        return server.name() + " was promoted: it is a primary now and accepts writes.";
    }

    public static String pauseReplay(Endpoint server) {
        requireStandby(server, "pause replay on");
        run(server, "SELECT pg_wal_replay_pause()");
        return "Replay on " + server.name() + " is paused.";
    }

    public static String resumeReplay(Endpoint server) {
        requireStandby(server, "resume replay on");
        run(server, "SELECT pg_wal_replay_resume()");
        return "Replay on " + server.name() + " resumed.";
    }

    /** How long a reload may take to reach new sessions before the action returns anyway. */
    private static final long RELOAD_WAIT_MILLIS = 5_000;

    /**
     * pg_reload_conf() only signals the postmaster, which re-reads the files a moment later; the
     * action returns once a new session sees the new load time, so a login right after it meets
     * the new pg_hba.conf (an application told to connect after a reject rule went in).
     */
    public static String reload(Endpoint server) {
        String before = text(server, "SELECT pg_conf_load_time()::text");
        run(server, "SELECT pg_reload_conf()");
        long deadline = System.nanoTime() + RELOAD_WAIT_MILLIS * 1_000_000;
        while (before.equals(text(server, "SELECT pg_conf_load_time()::text")) && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return server.name() + " re-read its configuration.";
    }

    private static String text(Endpoint server, String query) {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new SandboxException(server.name() + ": " + e.getMessage(), e);
        }
    }

    /** Creates a physical replication slot that holds WAL from now on. */
    public static void createSlot(Endpoint primary, String slot) {
        run(primary, "SELECT pg_create_physical_replication_slot(" + dev.ride.sql.SqlQuoting.literal(slot) + ", true)");
    }

    private static void requireStandby(Endpoint server, String what) {
        if (!inRecovery(server)) {
            throw new SandboxException("Cannot " + what + " " + server.name() + ": it is a primary, not a standby.");
        }
    }

    public static void run(Endpoint server, String statement) {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new SandboxException(server.name() + ": " + e.getMessage(), e);
        }
    }

    private static boolean bool(Endpoint server, String query) {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new SandboxException(server.name() + ": " + e.getMessage(), e);
        }
    }
}

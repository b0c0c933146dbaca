package dev.ride.drill;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.TopologySandbox;

/**
 * The actor roles' passwords are set on the primary when the drill starts; a standby knows them
 * only once it has replayed that. An actor on a standby must not race its replay, and a standby
 * whose replay the scenario pauses would never learn them: its replay is resumed until it caught
 * up with the passwords, then paused again, before the learner's prompt (the standby is as stale
 * as a scenario asks from that moment on).
 */
final class StandbyLogins {

    private static final long WAIT_MILLIS = 10_000;

    private StandbyLogins() {
    }

    /**
     * Returns once each of {@code standbys} replayed the primary's WAL up to {@code lsn} (read on
     * the session that set the passwords, by {@link #position}, after it set them).
     */
    static void await(TopologySandbox topology, Set<String> standbys, String lsn) {
        for (String name : standbys) {
            Endpoint standby = topology.endpoint(name).orElseThrow();
            if (standby.kind() == Endpoint.Kind.STANDBY && topology.isRunning(name)) {
                catchUp(standby, lsn);
            }
        }
    }

    /**
     * What {@link #await} waits for: how far the primary flushed its WAL, read on the session that
     * wrote the passwords (which committed, and so flushed, its last record). Not the insert
     * position: when that record ends on a page boundary, the insert position points past the
     * next page's header, where no record ends until the primary writes again. On a primary with
     * nothing else to do, that is the next standby snapshot, up to 15 s later; a standby waiting
     * for it would wait in vain (about one start in a thousand, measured on PostgreSQL 15).
     */
    static String position(Statement onPrimary) throws SQLException {
        try (ResultSet rs = onPrimary.executeQuery("select pg_current_wal_flush_lsn()::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void catchUp(Endpoint standby, String lsn) {
        try (Connection c = standby.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("set pg_stat_statements.track = 'none'");
            boolean paused = bool(s, "select pg_is_in_recovery() and pg_is_wal_replay_paused()");
            if (paused) {
                s.execute("select pg_wal_replay_resume()");
            }
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            while (!bool(s, "select coalesce(pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn, true)")) {
                if (System.currentTimeMillis() > deadline) {
                    throw new SandboxException(standby.name() + " did not replay the application's logins within "
                            + WAIT_MILLIS / 1000 + " s (" + text(s, "select 'replayed up to ' || coalesce(pg_last_wal_replay_lsn()::text, 'nothing')"
                            + " || ', received up to ' || coalesce(pg_last_wal_receive_lsn()::text, 'nothing')") + " of " + lsn + ").");
                }
                Thread.sleep(10);
            }
            if (paused) {
                s.execute("select pg_wal_replay_pause()");
            }
        } catch (SQLException e) {
            throw new SandboxException("Cannot prepare the application's logins on " + standby.name() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while " + standby.name() + " replayed the application's logins.", e);
        }
    }

    private static String text(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static boolean bool(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}

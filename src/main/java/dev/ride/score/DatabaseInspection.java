package dev.ride.score;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ride.sandbox.Sandbox;
import dev.ride.scenario.Condition;
import dev.ride.sandbox.SandboxException;

/**
 * Everything the scorer needs from one database, read over one connection: the result of each
 * check query, and the statements pg_stat_statements recorded there.
 *
 * @param holds      check query text → it returned true (an error or no row counts as false), or it
 *                   could not run because of the learner's lock
 * @param appWorks   each {@code as_app} condition → its statements worked (or could not run, likewise)
 * @param statements the learner's statements seen by pg_stat_statements in this database
 * @param connection the connection it read them over, kept open until the card is done so that later
 *                   lookups in this database (whose lock an actor waits on) need no new backend, which
 *                   costs tens of milliseconds on a small machine; null when the database could not be reached
 * @param retry      asks the reads on a standby again while its recovery conflicts cancel them, one budget for all
 */
record DatabaseInspection(Map<String, Verdict> holds, Map<Condition.AsApp, Verdict> appWorks, List<String> statements,
                          Connection connection, RecoveryConflictRetry retry) implements AutoCloseable {

    /**
     * The scorer's own queries must never become evidence; a learner's open transaction must
     * not hang :submit (a check waiting on its lock fails instead).
     */
    private static final String SESSION = "SET pg_stat_statements.track = 'none'";
    private static final String TIMEOUTS = "SET lock_timeout = '1s'; SET statement_timeout = '5s'";
    /** A check cut off by the 5 s gets one more run with this much room. */
    private static final String SLOW_CHECK_TIMEOUT = "SET statement_timeout = '60s'";
    private static final String QUERY_CANCELED = "57014";

    Verdict holds(String query) {
        return holds.getOrDefault(query, Verdict.FAILS);
    }

    Verdict works(Condition.AsApp app) {
        return appWorks.getOrDefault(app, Verdict.FAILS);
    }

    /**
     * @param apps             the {@code as_app} conditions to run here
     * @param locks            tells a check blocked by the learner's lock; its roles are left out of the evidence
     */
    static DatabaseInspection of(String database, Set<String> queries, Set<Condition.AsApp> apps, LearnerLocks locks) {
        return of(null, database, queries, apps, locks);
    }

    /**
     * @param server a standby's or the pooler's name (a check's {@code on:}), null for the primary;
     *               only the primary's pg_stat_statements is read, as the learner's evidence
     */
    static DatabaseInspection of(String server, String database, Set<String> queries, Set<Condition.AsApp> apps,
                                 LearnerLocks locks) {
        Sandbox sandbox = locks.sandbox();
        RecoveryConflictRetry retry = new RecoveryConflictRetry();
        Connection connection;
        try {
            connection = retry.run(() -> server == null ? sandbox.connect(database) : endpoint(sandbox, server).connect(database));
        } catch (SQLException e) {
            if (!sandbox.isAlive()) {
                throw new SandboxException("The sandbox stopped answering, so there is nothing to score.", e);
            }
            // The learner dropped the database (or cannot reach it): every check there fails.
            return new DatabaseInspection(Map.of(), Map.of(), List.of(), null, retry);
        }
        try (Statement s = connection.createStatement();
             LockWatch watch = new LockWatch(locks, database, connection)) {
            try {
                // one round trip; only this first SET itself is recorded, harmless to any check
                s.execute(SESSION + "; " + TIMEOUTS);
            } catch (SQLException e) {
                // Only a superuser may stop tracking (ride's sandboxes always are); an external
                // server with a lesser role still gets scored, its check queries then show in the stats.
                s.execute(TIMEOUTS);
            }
            Map<String, Verdict> holds = new HashMap<>();
            for (String query : queries) {
                holds.put(query, holds(s, query, watch, retry));
            }
            Map<Condition.AsApp, Verdict> appWorks = new HashMap<>();
            for (Condition.AsApp app : apps) {
                appWorks.put(app, AppRun.works(connection, app, watch));
            }
            List<String> statements = server == null ? StatementHistory.read(connection, locks.applicationRoles()) : List.of();
            return new DatabaseInspection(holds, appWorks, statements, connection, retry);
        } catch (SQLException e) {
            close(connection);
            throw new SandboxException("Cannot score database " + database + ": " + e.getMessage(), e);
        }
    }

    private static dev.ride.sandbox.Endpoint endpoint(Sandbox sandbox, String server) throws SQLException {
        if (sandbox instanceof dev.ride.sandbox.TopologySandbox topology && topology.endpoint(server).isPresent()) {
            return topology.endpoint(server).get();
        }
        throw new SQLException("no server named " + server + " in this sandbox", "08001");
    }

    /**
     * A {@code found:} query's one value, read over this inspection's connection (its timeouts hold);
     * null when it has no row or fails (the learner may have dropped what it reads).
     */
    String value(String query) {
        if (connection == null) {
            return null;
        }
        try {
            return retry.run(() -> {
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            close(connection);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the server may be gone already; nothing is left to release
        }
    }

    private static Verdict holds(Statement s, String query, LockWatch watch, RecoveryConflictRetry retry) {
        try {
            return holdsGivingSlowChecksRoom(s, query, watch, retry);
        } catch (SQLException e) {
            // the learner may have dropped what the check looks at: the condition does not hold
            return Verdict.FAILS;
        }
    }

    /**
     * A check that the statement_timeout ended runs once more with room: one that reads a whole
     * table (amcheck's heapallindexed takes half a second when quiet) can take several times that
     * on a loaded machine, and the machine's load must not fail the learner. A lock still fails it
     * after lock_timeout.
     */
    private static Verdict holdsGivingSlowChecksRoom(Statement s, String query, LockWatch watch,
                                                     RecoveryConflictRetry retry) throws SQLException {
        try {
            return holdsOnce(s, query, watch, retry);
        } catch (SQLException e) {
            if (!QUERY_CANCELED.equals(e.getSQLState())) {
                throw e;
            }
        }
        s.execute(SLOW_CHECK_TIMEOUT);
        try {
            return holdsOnce(s, query, watch, retry);
        } finally {
            s.execute(TIMEOUTS);
        }
    }

    private static Verdict holdsOnce(Statement s, String query, LockWatch watch, RecoveryConflictRetry retry)
            throws SQLException {
        return retry.run(() -> watch.run(() -> {
            try (ResultSet rs = s.executeQuery(query)) {
                return Verdict.of(rs.next() && rs.getBoolean(1));
            }
        }, Verdict::unchecked));
    }
}

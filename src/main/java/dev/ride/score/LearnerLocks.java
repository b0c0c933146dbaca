package dev.ride.score;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

import dev.ride.sandbox.Sandbox;

/**
 * Finds the learner's session that blocks a backend (the scorer's connection, or an actor's), from
 * {@code pg_blocking_pids}, {@code pg_locks} and {@code pg_stat_activity}.
 *
 * <p>The learner's session: any client backend that is not an actor's (their roles) and not one of
 * ride's own helpers. The drill's shell connects as the sandbox's superuser with application_name
 * {@code ride} (as the scorer does, but the scorer never blocks itself: one connection per database);
 * a learner's own psql or DBeaver counts too.
 */
final class LearnerLocks {

    /** application_name of ride's own connections that are not the learner's shell. */
    private static final Set<String> RIDE_HELPERS = Set.of("ride-monitor", "ride :log", "ride completion", "ride-readiness");

    /**
     * Who blocks backend {@code ?}: each blocker's role, application, backend type, transaction start,
     * and the table involved: the one the waiter asks a lock on, else the blocker's strongest lock on
     * a table of this database (a wait on a row lock names a transaction, not a table).
     */
    private static final String BLOCKERS = """
            select b.usename, coalesce(b.application_name, ''), coalesce(b.backend_type, ''),
                   to_char(b.xact_start, 'HH24:MI:SS'),
                   coalesce(
                     (select w.relation::regclass::text from pg_locks w
                       where w.pid = ? and not w.granted and w.locktype = 'relation'
                         and w.database = (select oid from pg_database where datname = current_database())
                       limit 1),
                     (select h.relation::regclass::text from pg_locks h join pg_class c on c.oid = h.relation
                       where h.pid = b.pid and h.granted and h.locktype = 'relation'
                         and h.database = (select oid from pg_database where datname = current_database())
                         and c.relkind in ('r', 'p', 'm') and c.relnamespace <> 'pg_catalog'::regnamespace
                       order by h.mode = 'AccessExclusiveLock' desc, c.relname limit 1))
            from unnest(pg_blocking_pids(?)) as bp(pid)
            join pg_stat_activity b on b.pid = bp.pid
            order by b.xact_start nulls last, b.pid""";

    /** What the learner's blocking session holds: a table (null when none could be named) and since when. */
    record Blocker(String relation, String transactionStart) {

        /** For a scorer query or an as_app run that waited. */
        Unchecked forScorer() {
            return new Unchecked("your session holds a lock" + on(), since());
        }

        /** For an actor stuck behind the learner's lock. */
        Unchecked forActor(String actor) {
            return new Unchecked(actor + " waits on a lock your session holds" + on(), since());
        }

        private String on() {
            return relation == null ? "" : " on " + relation;
        }

        private String since() {
            return transactionStart == null ? "" : "transaction open since " + transactionStart;
        }
    }

    private final Sandbox sandbox;
    private final Set<String> applicationRoles;

    /** @param applicationRoles the actors' roles: their sessions are never the learner's */
    LearnerLocks(Sandbox sandbox, Set<String> applicationRoles) {
        this.sandbox = sandbox;
        this.applicationRoles = applicationRoles;
    }

    Sandbox sandbox() {
        return sandbox;
    }

    Set<String> applicationRoles() {
        return applicationRoles;
    }

    /**
     * The learner's session that blocks backend {@code pid} now, or null (nothing waits, or another
     * session, such as a scenario's lock-holding actor, is the blocker).
     *
     * @param connection a connection to the database in which {@code pid} waits (to name the table)
     */
    Blocker blocking(Connection connection, int pid) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(BLOCKERS)) {
            s.setInt(1, pid);
            s.setInt(2, pid);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (learners(rs.getString(1), rs.getString(2), rs.getString(3))) {
                        return new Blocker(rs.getString(5), rs.getString(4));
                    }
                }
            }
        }
        return null;
    }

    /**
     * The learner's session one of the actor's backends waits for, or null.
     *
     * @param open the scorer's connection to {@code database}, reused when there is one (null: open one)
     */
    Unchecked actorBlocked(String actor, String database, Connection open, Set<Integer> pids) {
        if (pids.isEmpty()) {
            return null;
        }
        if (open != null) {
            return actorBlocked(actor, open, pids);
        }
        try (Connection c = quietConnection(database)) {
            return actorBlocked(actor, c, pids);
        } catch (SQLException e) {
            // the database is gone: no lock to blame, the check fails as before
            return null;
        }
    }

    private Unchecked actorBlocked(String actor, Connection connection, Set<Integer> pids) {
        try {
            for (int pid : pids) {
                Blocker b = blocking(connection, pid);
                if (b != null) {
                    return b.forActor(actor);
                }
            }
        } catch (SQLException e) {
            // the lookup itself failed (the server stops): no lock to blame, the check fails as before
        }
        return null;
    }

    /** A connection whose lookups stay out of pg_stat_statements (where the server lets it). */
    Connection quietConnection(String database) throws SQLException {
        return QuietConnection.open(sandbox, database);
    }

    private boolean learners(String role, String application, String backendType) {
        return backendType.equals("client backend") && !applicationRoles.contains(role)
                && !RIDE_HELPERS.contains(application);
    }
}

package dev.ride.actor;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where actors get their connections; the drill adapts its sandbox to it. Connections must be
 * plain pgjdbc connections (the runtime reads backend pids and sends cancel requests through
 * {@code org.postgresql.PGConnection}).
 */
public interface ActorConnector {

    /**
     * A connection to {@code database} as the login role {@code role}, with {@code application_name}
     * given as a startup parameter (pgjdbc's {@code ApplicationName} property), so that no
     * {@code SET} statement runs and shows up in {@code pg_stat_statements}.
     */
    Connection connect(String database, String role, String applicationName) throws SQLException;

    /**
     * The same on a named part of the sandbox (a standby, the pooler; {@code server:} of the actor).
     * A connector that knows one server only has the primary.
     */
    default Connection connect(ActorSpec spec) throws SQLException {
        if (!spec.onPrimary()) {
            throw new SQLException("actor " + spec.name() + " asks for server " + spec.server().get()
                    + ", and this sandbox has one server", "08001");
        }
        return connect(spec.database(), spec.role(), spec.applicationName());
    }

    /**
     * The monitor's connection: a superuser (it terminates actor backends that ignore a cancel at
     * stop, and turns {@code pg_stat_statements.track} off for itself), preferably in a database
     * the scorer does not read, such as {@code postgres}; an application_name such as
     * {@code ride-monitor} tells it apart in {@code pg_stat_activity}.
     */
    Connection connectMonitor() throws SQLException;
}

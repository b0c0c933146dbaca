package dev.ride.sandbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How to reach one part of a sandbox (a server or the pooler) from this machine: what the shell
 * needs for {@code \c db - standby}, an actor to connect to any server, and the learner's own tools
 * a connection string for.
 *
 * @param name     the part's name in the scenario ({@code primary}, {@code standby}, {@code pooler})
 * @param kind     what it is
 * @param host     always 127.0.0.1 for the engines ride starts
 * @param port     its TCP port
 * @param user     the sandbox's superuser
 * @param password the run's random password
 */
public record Endpoint(String name, Kind kind, String host, int port, String user, String password) {

    /**
     * pgjdbc warns "Unsupported Server Version: 1.18.0/bouncer" on stderr at each login to the
     * admin console, which would land in the middle of the learner's screen. Held here: a logger
     * nobody references may be collected and come back at its default level.
     */
    private static final java.util.logging.Logger PGJDBC_CONNECTION_LOG = quietConnectionLog();

    /** The database of PgBouncer's admin console ({@code SHOW POOLS;}). */
    public static final String POOLER_ADMIN_DATABASE = "pgbouncer";

    public enum Kind { PRIMARY, STANDBY, POOLER }

    public String jdbcUrl(String database) {
        return ConnectionStrings.jdbcUrl(host, port, database);
    }

    /** The URL a learner pastes into psql or DBeaver. It carries the password on purpose. */
    public String connectionString(String database) {
        return ConnectionStrings.uri(user, password, host, port, database);
    }

    /**
     * A connection as the superuser. PgBouncer's admin console speaks only the simple query
     * protocol ({@code preferQueryMode=simple}) and fails pgjdbc's own {@code SET
     * extra_float_digits} after login with "SET failed" (pgjdbc 42.7.5 and later; PgBouncer fixed
     * it only after 1.25). pgjdbc skips those statements on a replication connection, so the
     * console is asked with {@code replication=database}, which ride's PgBouncer ignores
     * ({@code ignore_startup_parameters}): a plain admin session results.
     */
    public Connection connect(String database) throws SQLException {
        Properties props = ConnectionStrings.login(user, password);
        if (kind == Kind.POOLER && POOLER_ADMIN_DATABASE.equals(database)) {
            props.setProperty("preferQueryMode", "simple");
            props.setProperty("replication", "database");
        }
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    private static java.util.logging.Logger quietConnectionLog() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.postgresql.jdbc.PgConnection");
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }
}

package dev.ride.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.ride.sandbox.Sandbox;

/** A connection of ride's own whose statements stay out of pg_stat_statements, where the server lets it. */
final class QuietConnection {

    private QuietConnection() {
    }

    static Connection open(Sandbox sandbox, String database) throws SQLException {
        Connection c = sandbox.connect(database);
        try (Statement s = c.createStatement()) {
            s.execute("SET pg_stat_statements.track = 'none'");
        } catch (SQLException e) {
            // not a superuser on an external server: the lookups may show in the stats, harmless to checks
        }
        return c;
    }
}

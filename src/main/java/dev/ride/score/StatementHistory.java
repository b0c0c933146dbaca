package dev.ride.score;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.ride.sandbox.Sandbox;

/**
 * The learner's statements that pg_stat_statements holds for one database: what they ran in the
 * shell or in any other client. The application's statements (the actors' roles) are left out.
 */
public final class StatementHistory {

    private static final String STATEMENTS = "SELECT query FROM pg_stat_statements"
            + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND userid NOT IN (SELECT oid FROM pg_roles WHERE rolname = ANY (?))"
            // ride's own sessions turn tracking off for themselves; that SET is recorded before it
            // takes effect, and would pass for a learner who looked at pg_stat_statements
            + " AND query !~* '^\\s*(set|reset)\\s+pg_stat_statements\\.track'";

    private StatementHistory() {
    }

    /**
     * Read over a connection of its own (the drill's snapshot at a first change); empty when the
     * database or pg_stat_statements cannot be read.
     */
    public static List<String> read(Sandbox sandbox, String database, Set<String> applicationRoles) {
        try (Connection c = QuietConnection.open(sandbox, database)) {
            return read(c, applicationRoles);
        } catch (SQLException e) {
            return List.of();
        }
    }

    /** Read over an open connection; empty when pg_stat_statements is dropped or not loaded. */
    static List<String> read(Connection connection, Set<String> applicationRoles) {
        List<String> texts = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(STATEMENTS)) {
            s.setArray(1, connection.createArrayOf("text", applicationRoles.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            // pg_stat_statements dropped or not loaded: the shell's transcript is the only evidence
        }
        return texts;
    }
}

package dev.ride.scenario;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxException;

/**
 * The statements ride itself writes while installing a scenario (creating, copying, dropping
 * databases), and how their failures are worded: a failure there is the sandbox's problem, not a
 * scenario file's.
 */
final class ServerAdmin {

    /** Where ride connects to create and drop the scenario's databases. */
    static final String MAINTENANCE_DATABASE = "postgres";

    private ServerAdmin() {
    }

    interface Work {
        void run(Statement s);
    }

    /** Runs {@code work} over a fresh connection to the maintenance database. */
    static void onMaintenance(Sandbox sandbox, Work work) {
        try (Connection admin = sandbox.connect(MAINTENANCE_DATABASE); Statement s = admin.createStatement()) {
            work.run(s);
        } catch (SQLException e) {
            throw new SandboxException("Cannot connect to the sandbox: " + e.getMessage(), e);
        }
    }

    /** Runs one of ride's own statements; {@code what} says what failed, for the message. */
    static void execute(Statement s, String sql, String what) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new ScenarioException(null, 0, what + ": " + serverMessage(e), e);
        }
    }

    /** The first column of every row of one of ride's own queries; {@code what} says what failed. */
    static java.util.List<String> strings(Statement s, String sql, String what) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new ScenarioException(null, 0, what + ": " + serverMessage(e), e);
        }
        return out;
    }

    /** The server's own words ({@code ERROR:  ...}) when it sent them, as psql prints them. */
    static String serverMessage(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            return m.getSeverity() + ":  " + m.getMessage();
        }
        return e.getMessage();
    }
}

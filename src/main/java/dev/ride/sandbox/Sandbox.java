package dev.ride.sandbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A running, throwaway PostgreSQL server. Engines decide how it comes to exist and how it goes
 * away; everything that runs inside it (scenario setup, the shell, the scorer) only sees this.
 */
public interface Sandbox extends AutoCloseable {

    /** "docker", "embedded" or "external". */
    String engine();

    /** Always a loopback address for engines ride starts itself. */
    String host();

    int port();

    String user();

    String password();

    /** Short description for :status and banners, e.g. "docker ride/postgres:15-offline (a1b2c3)". */
    String description();

    default String jdbcUrl(String database) {
        return ConnectionStrings.jdbcUrl(host(), port(), database);
    }

    /** The URL a learner pastes into psql or DBeaver. It carries the password on purpose. */
    default String connectionString(String database) {
        return ConnectionStrings.uri(user(), password(), host(), port(), database);
    }

    default Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), ConnectionStrings.login(user(), password()));
    }

    /** True while the server answers; used to tell "the sandbox died" from an SQL error. */
    default boolean isAlive() {
        try (Connection c = connect("postgres")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Stops the server and removes everything it left on disk. Idempotent. */
    @Override
    void close();
}

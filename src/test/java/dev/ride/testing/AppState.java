package dev.ride.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.ride.sandbox.PreparedState;

/**
 * The prepared state of the topology tests: a database {@code app} whose table {@code orders}
 * holds one row ({@code 1, 'prepared'}), installed once into the primary of either engine.
 */
public final class AppState {

    public static final PreparedState APP = new PreparedState("topology-test-app", sandbox -> {
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE app");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = sandbox.connect("app"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id int PRIMARY KEY, note text)");
            s.execute("INSERT INTO orders VALUES (1, 'prepared')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    });

    private AppState() {
    }
}

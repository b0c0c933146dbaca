package dev.ride.actor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import dev.ride.sandbox.Sandbox;
import dev.ride.testing.TestSandboxes;

/**
 * A fresh database in the shared test server with a login role for actors, and the
 * {@link ActorConnector} the drill would give them (role connections, a superuser monitor).
 */
final class ActorTestDatabase implements ActorConnector {

    static final String PASSWORD = "actor-secret";

    final Sandbox sandbox = TestSandboxes.shared();
    final String name;
    final String role;

    ActorTestDatabase(String prefix) {
        name = TestSandboxes.newDatabase(prefix);
        role = name + "_app";
        sqlIn("postgres", "create role " + role + " login password '" + PASSWORD + "'");
        sqlIn(name, "grant all on schema public to " + role);
        sqlIn(name, "alter default privileges in schema public grant all on tables to " + role);
        sqlIn(name, "alter default privileges in schema public grant all on sequences to " + role);
    }

    @Override
    public Connection connect(String database, String role, String applicationName) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", role);
        props.setProperty("password", PASSWORD);
        props.setProperty("ApplicationName", applicationName);
        props.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(sandbox.jdbcUrl(database), props);
    }

    @Override
    public Connection connectMonitor() throws SQLException {
        return sandbox.connect("postgres");
    }

    /** Runs statements as the superuser in this database. */
    void sql(String... statements) {
        sqlIn(name, statements);
    }

    void sqlIn(String database, String... statements) {
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as the superuser. */
    List<String> query(String sql) {
        try (Connection c = sandbox.connect(name); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Backends of the actors' role, as "application_name|state". */
    List<String> actorBackends() {
        return query("select application_name || '|' || coalesce(state, '') from pg_stat_activity where usename = '"
                + role + "' order by 1");
    }

    ActorSpec spec(String name, String after, OnTerminate onTerminate, Behaviour behaviour) {
        return new ActorSpec(name, this.name, role, name + "-app", StartPhase.BEFORE_PROMPT,
                java.util.Optional.ofNullable(after), onTerminate, behaviour, 1);
    }

    /** Polls every 20 ms until the condition holds; fails after {@code timeout}. */
    static void eventually(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}

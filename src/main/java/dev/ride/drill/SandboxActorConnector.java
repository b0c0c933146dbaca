package dev.ride.drill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import dev.ride.actor.ActorConnector;
import dev.ride.sandbox.Sandbox;

/**
 * Connects actors to a sandbox. Every actor role logs in with the sandbox's own random password
 * (set on the roles by {@link LiveApplication} at start), so a scenario's setup never writes a
 * password of its own and nothing fixed can be guessed on the loopback port.
 */
final class SandboxActorConnector implements ActorConnector {

    private static final String MONITOR_APPLICATION = "ride-monitor";

    private final Sandbox sandbox;

    SandboxActorConnector(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Connection connect(String database, String role, String applicationName) throws SQLException {
        return DriverManager.getConnection(sandbox.jdbcUrl(database), login(role, applicationName));
    }

    @Override
    public Connection connectMonitor() throws SQLException {
        return DriverManager.getConnection(sandbox.jdbcUrl("postgres"), login(sandbox.user(), MONITOR_APPLICATION));
    }

    private Properties login(String role, String applicationName) {
        Properties props = new Properties();
        props.setProperty("user", role);
        props.setProperty("password", sandbox.password());
        // a startup parameter, not a SET: nothing of ride's own reaches pg_stat_statements
        props.setProperty("ApplicationName", applicationName);
        props.setProperty("connectTimeout", "10");
        return props;
    }
}

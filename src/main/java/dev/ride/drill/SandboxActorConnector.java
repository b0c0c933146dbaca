package dev.ride.drill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import dev.ride.actor.ActorConnector;
import dev.ride.actor.ActorSpec;
import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.TopologySandbox;

/**
 * Connects actors to a sandbox. Every actor role logs in with the sandbox's own random password
 * (set on the roles by {@link LiveApplication} at start), so a scenario's setup never writes a
 * password of its own and nothing fixed can be guessed on the loopback port. An actor with
 * {@code server:} connects to that part of a topology: a standby, or the pooler.
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
    public Connection connect(ActorSpec spec) throws SQLException {
        if (spec.onPrimary()) {
            return connect(spec.database(), spec.role(), spec.applicationName());
        }
        Endpoint endpoint = endpoint(spec.server().get());
        return DriverManager.getConnection(endpoint.jdbcUrl(spec.database()), login(spec.role(), spec.applicationName()));
    }

    private Endpoint endpoint(String server) throws SQLException {
        if (sandbox instanceof TopologySandbox topology) {
            var endpoint = topology.endpoint(server);
            if (endpoint.isPresent()) {
                return endpoint.get();
            }
        }
        // the manifest's validator checked the name against the topology: this is a bug, said as an error
        throw new SQLException("no server named " + server + " in this sandbox", "08001");
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

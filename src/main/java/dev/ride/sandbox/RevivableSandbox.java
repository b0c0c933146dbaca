package dev.ride.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A one-server sandbox that can be brought back after its server died (a crash, a {@code kill -9}
 * of the postmaster, a container removed by hand): {@link #revive()} starts a new one in the
 * scenario's broken start, and from then on every call goes to it. Whoever holds this object
 * (the drill, the application's actors, the scorer, the server log) follows without knowing: they
 * ask for the host, port and a connection each time. The new server may have another port.
 *
 * <p>A topology is not wrapped: a server of it that stops is part of the incident, and its own
 * reset starts it again ({@link TopologySandbox#resetTopology()}).
 */
public final class RevivableSandbox implements Sandbox {

    private final Supplier<Sandbox> startAgain;
    private volatile Sandbox current;

    private RevivableSandbox(Sandbox first, Supplier<Sandbox> startAgain) {
        this.current = first;
        this.startAgain = startAgain;
    }

    /**
     * @param startAgain starts a new sandbox of the same scenario (a warm start, as the first was)
     * @return {@code sandbox} itself when it is a topology, else a sandbox that can be revived
     */
    public static Sandbox of(Sandbox sandbox, Supplier<Sandbox> startAgain) {
        return sandbox instanceof TopologySandbox ? sandbox : new RevivableSandbox(sandbox, startAgain);
    }

    /**
     * Starts a new sandbox in place of the dead one; the dead one's leftovers are removed.
     *
     * @throws SandboxException when the new one cannot start (the old one stays, dead)
     */
    public synchronized void revive() {
        Sandbox fresh = startAgain.get();
        Sandbox dead = current;
        current = fresh;
        dead.close();
    }

    @Override
    public String engine() {
        return current.engine();
    }

    @Override
    public String host() {
        return current.host();
    }

    @Override
    public int port() {
        return current.port();
    }

    @Override
    public String user() {
        return current.user();
    }

    @Override
    public String password() {
        return current.password();
    }

    @Override
    public String description() {
        return current.description();
    }

    @Override
    public String jdbcUrl(String database) {
        return current.jdbcUrl(database);
    }

    @Override
    public String connectionString(String database) {
        return current.connectionString(database);
    }

    @Override
    public Connection connect(String database) throws SQLException {
        return current.connect(database);
    }

    @Override
    public boolean isAlive() {
        return current.isAlive();
    }

    @Override
    public void close() {
        current.close();
    }
}

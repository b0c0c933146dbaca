package dev.ride.score;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.scenario.Condition;

/**
 * Judges {@code server:} conditions: whether a server runs, whether it is a primary or a standby
 * now, whether its replay is paused. Each server is asked once per scoring.
 */
final class ServerStates {

    /** What one server was found to be; {@code inRecovery} and {@code replayPaused} are null when it did not answer. */
    private record State(boolean running, Boolean inRecovery, Boolean replayPaused) { }

    private final Sandbox sandbox;
    private final Map<String, State> states = new HashMap<>();

    ServerStates(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    boolean holds(Condition.ServerState condition) {
        State state = states.computeIfAbsent(condition.server(), this::read);
        if (condition.running() != null && condition.running() != state.running()) {
            return false;
        }
        if (condition.role() != null) {
            boolean standby = condition.role() == Condition.ServerState.Role.STANDBY;
            if (state.inRecovery() == null || state.inRecovery() != standby) {
                return false;
            }
        }
        if (condition.replayPaused() != null) {
            return state.replayPaused() != null && state.replayPaused().equals(condition.replayPaused());
        }
        return true;
    }

    private State read(String server) {
        Optional<Endpoint> endpoint = sandbox instanceof TopologySandbox t ? t.endpoint(server) : Optional.empty();
        boolean running = sandbox instanceof TopologySandbox t ? t.isRunning(server) : sandbox.isAlive();
        if (!running) {
            return new State(false, null, null);
        }
        try (Connection c = endpoint.isPresent() ? endpoint.get().connect("postgres") : sandbox.connect("postgres");
             Statement s = c.createStatement()) {
            s.execute("SET pg_stat_statements.track = 'none'");
            try (ResultSet rs = s.executeQuery(
                    "SELECT pg_is_in_recovery(), pg_is_in_recovery() AND pg_is_wal_replay_paused()")) {
                rs.next();
                return new State(true, rs.getBoolean(1), rs.getBoolean(2));
            }
        } catch (SQLException e) {
            // running but not answering (still starting, say): neither role nor replay is known
            return new State(true, null, null);
        }
    }
}

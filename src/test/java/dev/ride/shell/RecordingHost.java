package dev.ride.shell;

import dev.ride.sandbox.Sandbox;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the drill (not for the database): connects to a real sandbox, records every
 * input the shell reports, and answers a few ':' commands so tests can see them routed. While
 * {@link #refuseConnections} is set, new connections fail as with a server that went away.
 */
public final class RecordingHost implements ShellHost {

    public final List<ExecutedInput> executed = new ArrayList<>();
    public volatile boolean refuseConnections;
    /** What {@link #ownLogin()} answers: a drill's login, or null as a standalone client. */
    public volatile String ownLogin;
    private final Sandbox sandbox;

    public RecordingHost(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Connection connect(String database) throws SQLException {
        if (refuseConnections) {
            throw new SQLException("Connection to 127.0.0.1 refused.", "08001");
        }
        return sandbox.connect(database);
    }

    @Override
    public String connectionString(String database) {
        return sandbox.connectionString(database);
    }

    @Override
    public String ownLogin() {
        return ownLogin;
    }

    @Override
    public void executed(ExecutedInput input) {
        executed.add(input);
    }

    @Override
    public ColonResult colonCommand(String line, String currentDatabase, PrintWriter out) {
        if (line.startsWith(":hello")) {
            out.println("hello from " + currentDatabase);
            return ColonResult.CONTINUE;
        }
        if (line.equals(":reset")) {
            return ColonResult.RECONNECT;
        }
        if (line.equals(":submit")) {
            out.println("submitted");
            return ColonResult.QUIT;
        }
        return ColonResult.UNKNOWN;
    }

    @Override
    public List<CommandHelp> colonCommands() {
        return List.of(new CommandHelp(":hello", "", "say hello"),
                new CommandHelp(":submit", "[--json]", "score the drill and quit"));
    }
}

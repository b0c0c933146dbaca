package dev.ride.shell;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What the psql-compatible shell needs from the world around it. The shell knows nothing about
 * scenarios or scoring (jshell's split: an engine with no terminal, a tool on top); the drill
 * implements this to receive every executed input and to answer the ':' commands.
 */
public interface ShellHost {

    /** Opens a new connection to {@code database} on the sandbox. */
    Connection connect(String database) throws SQLException;

    /**
     * Where the shell's first connection goes, so that {@code \c} can reuse what it is not given
     * (psql's rules for {@code -} and omitted arguments); null for a host that serves one server
     * as one user (a drill), where {@code \c} changes only the database.
     */
    default ConnectTarget target(String database) {
        return null;
    }

    /**
     * Opens a connection to {@code target}, reaching its host at {@code address} (the host itself,
     * or the address a server name stands for in {@link #hostAliases()}).
     */
    default Connection connect(ConnectTarget target, HostAliases.Address address) throws SQLException {
        return connect(target.database());
    }

    /**
     * A LIKE pattern of databases the host keeps for itself, which {@code \l} leaves out unless
     * asked for by name; null (the default) for none.
     */
    default String internalDatabases() {
        return null;
    }

    /**
     * The role the host itself logs in as with a password it keeps (a drill's: grading, {@code \c},
     * {@code :reset}), whose password {@code \password} must not change under it; null for none.
     */
    default String ownLogin() {
        return null;
    }

    /** Server names {@code \c} resolves to addresses on this machine; none by default. */
    default HostAliases hostAliases() {
        return new HostAliases();
    }

    /** The URL for the learner's own tools (psql, DBeaver), shown by {@code \conninfo}. */
    String connectionString(String database);

    /**
     * The URL for the learner's own tools to reach {@code target} (a standby, the pooler): by
     * default the one server's.
     */
    default String connectionString(ConnectTarget target) {
        return connectionString(target.database());
    }

    /** Ctrl-C reached the shell: stop whatever the host runs on its side (a followed log). */
    default void interrupt() {
    }

    /**
     * Called once for every SQL statement and meta-command the shell ran, after it ran. A host
     * with no drill behind it (a standalone client) keeps no transcript.
     */
    default void executed(ExecutedInput input) {
    }

    /**
     * Runs a ':' command (the whole line, e.g. ":submit --json"), writing to {@code out}.
     *
     * @return what the shell should do next; a host with no drill behind it knows none
     */
    default ColonResult colonCommand(String line, String currentDatabase, PrintWriter out) {
        return ColonResult.UNKNOWN;
    }

    /**
     * The same, knowing where the shell is connected ({@code where}: null when the host serves one
     * server), for a command about that server ({@code :log} on a standby reads the standby's log).
     */
    default ColonResult colonCommand(String line, ConnectTarget where, String currentDatabase, PrintWriter out) {
        return colonCommand(line, currentDatabase, out);
    }

    /** The ':' commands, for {@code \?}, {@code :help} and completion; none without a drill. */
    default List<CommandHelp> colonCommands() {
        return List.of();
    }

    /**
     * What the shell does after a ':' command: go on; quit (e.g. after an automatic submit at the
     * end of a timed drill); go on after reconnecting to its current database, because the command
     * replaced the databases (:reset) and ended every session; or report an unknown command.
     */
    enum ColonResult { CONTINUE, QUIT, RECONNECT, UNKNOWN }

    /** One row of help: {@code name} with its arguments, and what it does. */
    record CommandHelp(String name, String arguments, String description) { }

    /**
     * One input the shell executed.
     *
     * @param database the database it ran in
     * @param text     the statement (without the trailing ';') or the meta-command line
     * @param kind     SQL or META
     * @param error    null when it succeeded, else the server's (or the shell's) message
     */
    record ExecutedInput(String database, String text, Kind kind, String error) {
        public enum Kind { SQL, META }

        public boolean succeeded() {
            return error == null;
        }
    }
}

package dev.ride.shell.meta;

import dev.ride.shell.ShellConnection;
import dev.ride.shell.ShellEnvironment;
import dev.ride.shell.ShellHost;
import dev.ride.shell.ShellOutput;
import dev.ride.shell.ShellSettings;
import dev.ride.shell.ShellTerminal;
import dev.ride.shell.ShellVariables;
import java.util.List;

/**
 * What a meta-command handler may read and change: the variables, the print settings, the
 * connection, the output, and a few facts about the session. A handler cannot send a query or
 * read a file through it: it returns a {@link Command.Result} saying what should happen next, and
 * the session's loop does it (psql's PSQL_CMD_SEND model in command.c).
 */
public interface MetaContext {

    ShellOutput output();

    ShellVariables variables();

    ShellSettings settings();

    ShellConnection connection();

    /** The environment {@code \\setenv} changes and {@code \\getenv} reads. */
    ShellEnvironment environment();

    /** True at a terminal: some commands keep the session where a script would stop. */
    boolean interactive();

    /** The last query sent, which {@code \g}, {@code \p} and {@code \watch} fall back on. */
    String previousQuery();

    /** The drill's ':' commands, listed by {@code \?}. */
    List<ShellHost.CommandHelp> colonCommands();

    /** The role the host logs in as itself, whose password must stay as it is; null for none. */
    String hostsOwnLogin();

    /** Prompts, the editor and the history ({@code \\prompt}, {@code \\password}, {@code \\e}, {@code \\s}). */
    ShellTerminal terminal();
}

/**
 * The backslash commands: {@link dev.ride.shell.meta.CommandTable} lists them (help and
 * completion come from it) and holds their handlers, {@link dev.ride.shell.meta.MetaArguments}
 * reads their arguments as psql does, {@link dev.ride.shell.meta.Pset} is {@code \pset}. A handler
 * sees the session only through {@link dev.ride.shell.meta.MetaContext} and returns a
 * {@link dev.ride.shell.meta.Command.Result} (psql's PSQL_CMD_SEND model): to add a command, add a
 * row and a handler here; the loop in {@code ShellSession} does what the result asks.
 */
package dev.ride.shell.meta;

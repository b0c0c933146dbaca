/**
 * The shell as a standalone client ({@code ride psql}): libpq's connection parameters from the
 * command line, connection URIs and conninfo strings, the {@code PG*} environment and
 * {@code ~/.pgpass}, and the {@link dev.ride.shell.ShellHost} that connects to any server with them.
 */
package dev.ride.shell.client;

/**
 * The psql-compatible shell. This package holds the read-dispatch loop
 * ({@link dev.ride.shell.ShellSession}, psql's MainLoop), its two front ends (piped input and a
 * terminal), and the state the loop and the meta-commands share: variables, print settings, the
 * connection and the output. The work is in sub-packages named after what a reader looks for:
 * {@code meta} (backslash commands), {@code query} (sending SQL, COPY), {@code print} (drawing
 * tables), {@code describe} ({@code \d} and friends), {@code complete} (line editing at a terminal).
 * They use this package's shared state; this package uses them only from the loop and front ends.
 */
package dev.ride.shell;

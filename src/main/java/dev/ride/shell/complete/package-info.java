/**
 * What the line editor (JLine) needs at a terminal: tab completion of commands, tables and
 * columns ({@link dev.ride.shell.complete.ShellCompleter} with its
 * {@link dev.ride.shell.complete.CompletionCatalog}), syntax colouring, and where a typed line ends
 * ({@link dev.ride.shell.complete.PsqlLineParser}). A package of its own because none of it runs
 * for piped input or in tests of query output: it is the interactive front end's helpers only.
 */
package dev.ride.shell.complete;

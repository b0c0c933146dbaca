/**
 * The {@code sql} room: SQL text as psql sees it, with no I/O and no connection.
 *
 * <ul>
 *   <li>{@link dev.ride.sql.SqlLexer}: the one scanner (quotes, dollar quotes, comments), psql
 *       15's rules, carrying an open string from one line to the next;</li>
 *   <li>{@link dev.ride.sql.StatementSplitter}: lines in, statements and meta-commands out,
 *       exactly as psql sends them (the shell's reader loop);</li>
 *   <li>{@link dev.ride.sql.SqlScript}: a scenario's setup file as statements with their lines;</li>
 *   <li>{@link dev.ride.sql.SqlTokens}: a whole text as tokens (completion, highlighting);</li>
 *   <li>{@link dev.ride.sql.SqlQuoting} and {@link dev.ride.sql.NamePattern}: values, names and
 *       psql's {@code \d} patterns made into SQL.</li>
 * </ul>
 *
 * Anything that needs to know where a string or a statement ends asks this package, so the
 * shell, scenario setup and the prompt's comforts never disagree about it. This package imports
 * no other ride package.
 */
package dev.ride.sql;

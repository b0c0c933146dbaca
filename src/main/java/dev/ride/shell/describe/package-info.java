/**
 * psql 15's describe.c: the {@code \d} family, {@code \dn}, {@code \df}, {@code \du}, {@code \dx}
 * and {@code \l} in {@link dev.ride.shell.describe.Describe}, and {@code \d NAME} for one relation in
 * {@link dev.ride.shell.describe.RelationDescription} with its footers. Each sends psql's own
 * catalog query and hands a table to the printer. A package of its own because it is the largest
 * body of psql knowledge in the shell, and a reader comparing ride with describe.c should find it
 * in one place, apart from the commands that call it.
 */
package dev.ride.shell.describe;

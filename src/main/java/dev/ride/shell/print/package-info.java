/**
 * How a result looks on the screen: {@link dev.ride.shell.print.TablePrinter} draws a
 * {@link dev.ride.shell.print.PrintTable} in psql 15's formats with the {@code \pset} settings of
 * {@link dev.ride.shell.print.PrintOptions}; rows held as bytes ({@code TupleRows}, {@code RowSpool},
 * {@code SpooledBytes}), a result formatted while it arrives ({@code HeldPrint}), display widths and
 * cell text, and the pager. A package of its own because a reader looking for "why does this
 * column line up so" should find every piece of drawing here, and none of it knows about
 * connections, commands or the input loop.
 */
package dev.ride.shell.print;

package dev.ride.shell.print;

import java.io.IOException;
import java.io.Writer;

/**
 * A result printed while its rows arrive and shown only once the last one is in. Unaligned and
 * csv output need no column widths, so each batch is formatted as it comes, while the server
 * makes the next one, into {@link SpooledBytes}; when the result is complete what is shown is a
 * copy of bytes. An error or a cancel mid-result discards it all and only the error is printed,
 * as psql does. Aligned output needs every row for its widths: it is spooled and printed whole.
 *
 * <p>The batches are printed as psql prints FETCH_COUNT batches (headers with the first, the
 * footer with the last), which for these formats is byte for byte the output of the whole result.
 */
public final class HeldPrint implements AutoCloseable {

    private final PrintTable table;
    private final PrintOptions options;
    private final SpooledBytes held;
    private final TablePrinter printer;
    private boolean first = true;
    private long rows;

    /** Whether a result printed with {@code options} can be formatted before it is complete. */
    public static boolean suits(PrintOptions options) {
        return options.format() != PrintOptions.Format.ALIGNED && options.format() != PrintOptions.Format.WRAPPED;
    }

    /** @param table the result's title, headers and alignment; its rows are ignored */
    public HeldPrint(PrintTable table, PrintOptions options) {
        this.table = table;
        this.options = options;
        this.held = new SpooledBytes();
        this.printer = new TablePrinter(new Utf8Output(held));
    }

    /** Formats one batch; {@code last} when the server said the result ends with it. */
    public void batch(TableRows batch, boolean last) {
        PrintTable part = new PrintTable(table.title(), table.headers(), table.rightAligned(), batch, table.footers());
        printer.print(part, options, new TablePrinter.Segment(first, last, rows));
        first = false;
        rows += batch.size();
    }

    public long rows() {
        return rows;
    }

    /** Shows what was printed: the result is complete. */
    public void release(Writer target) throws IOException {
        held.copyTo(target);
    }

    @Override
    public void close() {
        held.close();
    }
}

package dev.ride.shell.print;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prints a {@link PrintTable} in psql 15's formats, byte for byte: aligned (headers centred,
 * {@code -+-} rules, {@code +} at the end of a line continued by a newline in the value),
 * expanded ({@code -[ RECORD 1 ]-}), unaligned and csv. Widths are display widths, so East Asian
 * wide characters and combining marks line up as in psql. The wrapped format and the old-ascii and
 * unicode line styles are drawn by {@link AlignedPrinter}; the aligned ascii tables, by far the
 * most common, are drawn here on a fast path.
 *
 * <p>Why one class of about 800 lines: every format writes through the same UTF-8 byte buffer and
 * the same byte-level fast path for plain cells ({@link ByteRows}), and honours the same
 * {@link Segment} (FETCH_COUNT batches). These loops are the hottest code of the shell (a million
 * rows per query in the benchmarks), so the formats were kept together with direct field access
 * instead of a shared sink object passed between format classes; the sections below (aligned,
 * expanded, unaligned and csv, helpers, byte path) are the seams to split along when a format is
 * added, with the benchmarks run before and after.
 */
public final class TablePrinter {

    private final PrintWriter out;
    /**
     * Output is gathered here as UTF-8 and written in large pieces (one writer call per cell is
     * slow); under a {@link Utf8Output} it goes to the byte stream with no char round trip.
     */
    private final byte[] buffer = new byte[1 << 15];
    private int buffered;

    /** Told the width of each aligned table before it is printed (the pager's cue); none by default. */
    private java.util.function.IntConsumer tableWidths = width -> { };

    public TablePrinter(PrintWriter out) {
        this.out = out;
    }

    /**
     * {@code listener} hears each aligned table's full width (its widest of header and rows)
     * before the table is written: psql forces its pager for a table wider than the terminal.
     */
    public TablePrinter onTableWidth(java.util.function.IntConsumer listener) {
        this.tableWidths = listener;
        return this;
    }

    /**
     * Which part of a result a call prints (psql's start_table, stop_table and prior_records):
     * with {@code FETCH_COUNT} a result is printed batch by batch, the title and headers with the
     * first, the footer (counting every row) with the last.
     */
    public record Segment(boolean first, boolean last, long priorRows) {
        public static final Segment WHOLE = new Segment(true, true, 0);
    }

    private Segment segment = Segment.WHOLE;

    public void print(PrintTable table, PrintOptions options) {
        print(table, options, Segment.WHOLE);
    }

    public void print(PrintTable table, PrintOptions options, Segment part) {
        segment = part;
        boolean expanded = options.expanded() == PrintOptions.Expanded.ON;
        if (MarkupPrinter.isMarkup(options.format())) {
            put(MarkupPrinter.print(table, options, part, footersWithDefault(table, options)));
            drain();
            out.flush();
            return;
        }
        switch (options.format()) {
            case UNALIGNED -> {
                if (expanded) {
                    printUnalignedVertical(table, options);
                } else {
                    printUnaligned(table, options);
                }
            }
            case CSV -> {
                if (expanded) {
                    printCsvVertical(table, options);
                } else {
                    printCsv(table, options);
                }
            }
            default -> {
                if (options.format() == PrintOptions.Format.WRAPPED || !options.lineStyle().equals(LineStyle.ASCII)) {
                    put(AlignedPrinter.print(table, options, part, footersWithDefault(table, options), tableWidths));
                } else if (expanded) {
                    printAlignedVertical(table, options);
                } else {
                    printAligned(table, options);
                }
            }
        }
        drain();
        out.flush();
    }

    // ---- aligned -----------------------------------------------------------------------------

    private void printAligned(PrintTable table, PrintOptions options) {
        int border = Math.min(options.border(), 2);
        int columns = table.columnCount();
        TableRows rows = table.rows();
        int[] headerWidth = new int[columns];
        int[] width = new int[columns];
        for (int c = 0; c < columns; c++) {
            headerWidth[c] = CellText.width(table.headers().get(c));
            width[c] = headerWidth[c];
        }
        ByteRows spool = rows instanceof ByteRows raw ? raw : null;
        int nullWidth = plainWidth(options.nullPrint());
        for (int r = 0; r < rows.size(); r++) {
            if (spool != null) {
                spool.seek(r);
            }
            for (int c = 0; c < columns; c++) {
                int w = spool == null ? -1 : plainWidth(spool, c, nullWidth);
                width[c] = Math.max(width[c], w >= 0 ? w : CellText.width(cellText(rows, r, c, options)));
            }
        }
        int totalWidth = switch (border) {
            case 0 -> columns;
            case 1 -> columns * 3 - (columns > 0 ? 1 : 0);
            default -> columns * 3 + 1;
        };
        int totalHeaderWidth = totalWidth;
        for (int c = 0; c < columns; c++) {
            totalWidth += width[c];
            totalHeaderWidth += headerWidth[c];
        }
        int outputColumns = options.outputColumns();
        if (options.expanded() == PrintOptions.Expanded.AUTO && outputColumns > 0 && columns > 1
                && (outputColumns < totalHeaderWidth || outputColumns < totalWidth)) {
            printAlignedVertical(table, options);
            return;
        }

        tableWidths.accept(Math.max(totalWidth, totalHeaderWidth));
        StringBuilder line = new StringBuilder(256);
        if (table.title() != null && !options.tuplesOnly() && segment.first()) {
            int titleWidth = CellText.width(table.title());
            if (titleWidth < totalWidth) {
                line.append(" ".repeat((totalWidth - titleWidth) / 2));
            }
            line.append(table.title());
            emit(line);
        }
        if (!options.tuplesOnly() && segment.first()) {
            if (border == 2) {
                horizontalRule(line, width, border);
            }
            printHeaders(table, width, border, line);
            horizontalRule(line, width, border);
        }
        for (int r = 0; columns > 0 && r < rows.size(); r++) {
            if (spool == null || !plainRow(table, spool, r, width, border, options.nullPrint(), nullWidth)) {
                printRow(table, options, r, width, border, line);
            }
        }
        if (!segment.last()) {
            return;
        }
        if (border == 2) {
            horizontalRule(line, width, border);
        }
        List<String> footers = footersWithDefault(table, options);
        if (footers != null && !options.tuplesOnly()) {
            for (String footer : footers) {
                line.append(footer);
                emit(line);
            }
        }
        emit(line);
    }

    private void printHeaders(PrintTable table, int[] width, int border, StringBuilder line) {
        int columns = table.columnCount();
        @SuppressWarnings("unchecked")
        List<CellText.Line>[] headerLines = new List[columns];
        int tallest = columns == 0 ? 0 : 1;
        for (int c = 0; c < columns; c++) {
            headerLines[c] = CellText.lines(table.headers().get(c));
            tallest = Math.max(tallest, headerLines[c].size());
        }
        for (int n = 0; n < tallest; n++) {
            if (border == 2) {
                line.append('|');
            }
            for (int c = 0; c < columns; c++) {
                if (border != 0) {
                    line.append(' ');
                }
                boolean hasLine = n < headerLines[c].size();
                boolean lastLine = n >= headerLines[c].size() - 1;
                if (hasLine) {
                    CellText.Line text = headerLines[c].get(n);
                    int spaces = width[c] - text.width();
                    pad(line, spaces / 2);
                    line.append(text.text());
                    pad(line, (spaces + 1) / 2);
                } else {
                    pad(line, width[c]);
                }
                // psql marks a header continued on the next line with '+', like a value
                line.append(hasLine && !lastLine ? '+' : ' ');
                if (border != 0 && c < columns - 1) {
                    line.append('|');
                }
            }
            if (border == 2) {
                line.append('|');
            }
            emit(line);
        }
    }

    private void printRow(PrintTable table, PrintOptions options, int row, int[] width, int border,
                          StringBuilder line) {
        int columns = table.columnCount();
        TableRows rows = table.rows();
        @SuppressWarnings("unchecked")
        List<CellText.Line>[] cellLines = new List[columns];
        int tallest = 1;
        for (int c = 0; c < columns; c++) {
            cellLines[c] = CellText.lines(cellText(rows, row, c, options));
            tallest = Math.max(tallest, cellLines[c].size());
        }
        for (int n = 0; n < tallest; n++) {
            if (border == 2) {
                line.append('|');
            }
            for (int c = 0; c < columns; c++) {
                boolean last = c == columns - 1;
                boolean finalSpaces = border == 2 || !last;
                List<CellText.Line> lines = cellLines[c];
                if (border != 0) {
                    line.append(' '); // newline mark on the left is a space in the ascii style
                }
                int printed = width[c];
                if (n < lines.size()) {
                    CellText.Line text = lines.get(n);
                    printed = text.width();
                    if (table.rightAligned()[c]) {
                        pad(line, width[c] - printed);
                    }
                    line.append(text.text());
                } else if (finalSpaces) {
                    pad(line, width[c]);
                }
                boolean continues = n + 1 < lines.size();
                if (!table.rightAligned()[c] && (finalSpaces || continues)) {
                    pad(line, width[c] - printed);
                }
                if (continues) {
                    line.append('+');
                } else if (finalSpaces) {
                    line.append(' ');
                }
                if (border != 0 && !last) {
                    line.append('|');
                }
            }
            if (border == 2) {
                line.append('|');
            }
            emit(line);
        }
    }

    private void horizontalRule(StringBuilder line, int[] width, int border) {
        if (border == 1) {
            line.append('-');
        } else if (border == 2) {
            line.append("+-");
        }
        for (int c = 0; c < width.length; c++) {
            line.append("-".repeat(width[c]));
            if (c < width.length - 1) {
                line.append(border == 0 ? " " : "-+-");
            }
        }
        if (border == 2) {
            line.append("-+");
        } else if (border == 1) {
            line.append('-');
        }
        emit(line);
    }

    // ---- expanded (\x) -----------------------------------------------------------------------

    private void printAlignedVertical(PrintTable table, PrintOptions options) {
        int border = Math.min(options.border(), 2);
        int columns = table.columnCount();
        TableRows rows = table.rows();
        StringBuilder line = new StringBuilder(256);
        if ((rows.size() == 0 || columns == 0) && segment.first() && segment.last()) {
            List<String> footers = footersWithDefault(table, options);
            if (!options.tuplesOnly() && footers != null) {
                for (String footer : footers) {
                    line.append(footer);
                    emit(line);
                }
            }
            emit(line);
            return;
        }
        int headerWidth = 0;
        boolean headerMultiline = false;
        for (String header : table.headers()) {
            headerWidth = Math.max(headerWidth, CellText.width(header));
            headerMultiline |= CellText.height(header) > 1;
        }
        int dataWidth = 0;
        boolean dataMultiline = false;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                String text = cellText(rows, r, c, options);
                dataWidth = Math.max(dataWidth, CellText.width(text));
                dataMultiline |= CellText.height(text) > 1;
            }
        }
        if (!options.tuplesOnly() && table.title() != null && segment.first()) {
            line.append(table.title());
            emit(line);
        }
        long record = segment.priorRows() + 1;
        for (int r = 0; r < rows.size(); r++) {
            if (!options.tuplesOnly()) {
                recordLine(line, border, record++, headerWidth, dataWidth);
            } else if (r != 0 || !segment.first() || border == 2) {
                recordLine(line, border, 0, headerWidth, dataWidth);
            }
            for (int c = 0; c < columns; c++) {
                printVerticalField(line, border, table.headers().get(c), cellText(rows, r, c, options),
                        headerWidth, dataWidth, headerMultiline, dataMultiline);
            }
        }
        if (!segment.last()) {
            return;
        }
        if (border == 2) {
            recordLine(line, border, 0, headerWidth, dataWidth);
        }
        if (!options.tuplesOnly() && table.footers() != null) {
            if (border < 2) {
                emit(line);
            }
            for (String footer : table.footers()) {
                line.append(footer);
                emit(line);
            }
        }
        emit(line);
    }

    private void printVerticalField(StringBuilder line, int border, String header, String value,
                                    int headerWidth, int dataWidth, boolean headerMultiline,
                                    boolean dataMultiline) {
        List<CellText.Line> headerLines = CellText.lines(header);
        List<CellText.Line> dataLines = CellText.lines(value);
        int h = 0;
        int d = 0;
        boolean headerDone = false;
        boolean dataDone = false;
        while (!headerDone || !dataDone) {
            if (border == 2) {
                line.append('|');
            }
            if (!headerDone) {
                if (border == 2) {
                    line.append(' ');
                }
                CellText.Line text = headerLines.get(h);
                line.append(text.text());
                pad(line, headerWidth - text.width());
                boolean more = h + 1 < headerLines.size();
                if (border > 0 || headerMultiline) {
                    line.append(more ? '+' : ' ');
                }
                if (more) {
                    h++;
                } else {
                    headerDone = true;
                }
            } else {
                int spaces = headerWidth + border;
                if (border == 0 && headerMultiline) {
                    spaces++;
                }
                pad(line, spaces);
            }
            if (border > 0) {
                line.append('|');
            }
            if (!dataDone) {
                line.append(' ');
                CellText.Line text = dataLines.get(d);
                line.append(text.text());
                int spaces = dataWidth - text.width();
                if (d + 1 < dataLines.size()) {
                    if (border > 1 || dataMultiline) {
                        pad(line, spaces);
                        line.append('+');
                    }
                    d++;
                } else {
                    if (border > 1) {
                        pad(line, spaces);
                        line.append(' ');
                    }
                    dataDone = true;
                }
                if (border == 2) {
                    line.append('|');
                }
            } else if (border == 2) {
                pad(line, dataWidth);
                line.append("  |");
            }
            emit(line);
        }
    }

    /** "-[ RECORD 1 ]---+---" and friends (psql's print_aligned_vertical_line). */
    private void recordLine(StringBuilder line, int border, long record, int headerWidth, int dataWidth) {
        String fill = border > 0 ? "-" : " ";
        if (border == 2) {
            line.append("+-");
        } else if (border == 1) {
            line.append('-');
        }
        int used = 0;
        if (record > 0) {
            String label = border == 0 ? "* Record " + record : "[ RECORD " + record + " ]";
            line.append(label);
            used = label.length();
        }
        if (border != 2) {
            used++;
        }
        for (int i = used; i < headerWidth; i++) {
            line.append(fill);
        }
        used -= headerWidth;
        if (border > 0) {
            if (used-- <= 0) {
                line.append('-');
            }
            if (used-- <= 0) {
                line.append('+');
            }
            if (used-- <= 0) {
                line.append('-');
            }
        } else if (used-- <= 0) {
            line.append(' ');
        }
        if (used < 0) {
            used = 0;
        }
        for (int i = used; i < dataWidth; i++) {
            line.append(fill);
        }
        if (border == 2) {
            line.append("-+");
        }
        emit(line);
    }

    // ---- unaligned and csv -------------------------------------------------------------------

    private void printUnaligned(PrintTable table, PrintOptions options) {
        String fieldSep = options.fieldSeparatorPrinted();
        String recordSep = options.recordSeparatorPrinted();
        int columns = table.columnCount();
        boolean needRecordSep = false;
        if (!segment.first()) {
            needRecordSep = true; // the previous batch's last row is not ended yet
        } else if (!options.tuplesOnly()) {
            if (table.title() != null) {
                put(table.title());
                put(recordSep);
            }
            put(String.join(fieldSep, table.headers()));
            needRecordSep = true;
        }
        TableRows rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                if (needRecordSep) {
                    put(recordSep);
                    needRecordSep = false;
                }
                putCell(rows, r, c, options);
                if (c < columns - 1) {
                    put(fieldSep);
                } else {
                    needRecordSep = true;
                }
            }
        }
        if (!segment.last()) {
            return;
        }
        List<String> footers = footersWithDefault(table, options);
        if (!options.tuplesOnly() && footers != null) {
            for (String footer : footers) {
                if (needRecordSep) {
                    put(recordSep);
                }
                put(footer);
                needRecordSep = true;
            }
        }
        if (needRecordSep) {
            put(lastRecordEnd(options));
        }
    }

    private void printUnalignedVertical(PrintTable table, PrintOptions options) {
        String fieldSep = options.fieldSeparatorPrinted();
        String recordSep = options.recordSeparatorPrinted();
        int columns = table.columnCount();
        boolean needRecordSep = !segment.first();
        if (!options.tuplesOnly() && table.title() != null && segment.first()) {
            put(table.title());
            needRecordSep = true;
        }
        TableRows rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                if (needRecordSep) {
                    put(recordSep);
                    put(recordSep);
                    needRecordSep = false;
                }
                put(table.headers().get(c));
                put(fieldSep);
                put(cellText(rows, r, c, options));
                if (c < columns - 1) {
                    put(recordSep);
                } else {
                    needRecordSep = true;
                }
            }
        }
        if (!segment.last()) {
            return;
        }
        if (!options.tuplesOnly() && table.footers() != null) {
            put(recordSep);
            for (String footer : table.footers()) {
                put(recordSep);
                put(footer);
            }
        }
        if (needRecordSep) {
            put(lastRecordEnd(options));
        }
    }

    private void printCsv(PrintTable table, PrintOptions options) {
        char sep = options.csvFieldSeparator();
        int columns = table.columnCount();
        StringBuilder line = new StringBuilder(128);
        if (!options.tuplesOnly() && segment.first()) {
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    line.append(sep);
                }
                csvField(line, table.headers().get(c), sep);
            }
            emit(line);
        }
        TableRows rows = table.rows();
        ByteRows spool = rows instanceof ByteRows raw && sep < 0x80 && sep != '\\' && sep != '.' ? raw : null;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    line.append(sep);
                }
                if (spool != null && plainCsv(spool, r, c, (byte) sep)) {
                    put(line);
                    line.setLength(0);
                    putBytes(spool.bytes(c), spool.start(c), spool.length(c));
                } else {
                    csvField(line, cellText(rows, r, c, options), sep);
                }
            }
            emit(line);
        }
    }

    /** A raw value csv prints as it is: not NULL, nothing to quote, not the end-of-data marker. */
    private static boolean plainCsv(ByteRows spool, int row, int column, byte sep) {
        spool.seek(row);
        int length = spool.length(column);
        if (length < 0) {
            return false;
        }
        byte[] bytes = spool.bytes(column);
        int start = spool.start(column);
        for (int i = start; i < start + length; i++) {
            byte b = bytes[i];
            if (b == sep || b == '"' || b == '\n' || b == '\r') {
                return false;
            }
        }
        return !(length == 2 && bytes[start] == '\\' && bytes[start + 1] == '.');
    }

    private void printCsvVertical(PrintTable table, PrintOptions options) {
        char sep = options.csvFieldSeparator();
        StringBuilder line = new StringBuilder(128);
        TableRows rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                csvField(line, table.headers().get(c), sep);
                line.append(sep);
                csvField(line, cellText(rows, r, c, options), sep);
                emit(line);
            }
        }
    }

    private static void csvField(StringBuilder line, String value, char sep) {
        boolean quote = value.indexOf(sep) >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('"') >= 0 || value.equals("\\.") || sep == '\\' || sep == '.';
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    // ---- helpers -----------------------------------------------------------------------------

    /**
     * psql ends the last unaligned record with a newline whatever the record separator, except a
     * zero byte one ({@code recordsep_zero}), kept for {@code xargs -0}.
     */
    private static char lastRecordEnd(PrintOptions options) {
        return options.recordSeparator() == null ? '\0' : '\n';
    }

    private static String cellText(TableRows rows, int row, int column, PrintOptions options) {
        String value = rows.cell(row, column);
        return value == null ? options.nullPrint() : value;
    }

    private List<String> footersWithDefault(PrintTable table, PrintOptions options) {
        if (table.footers() == null && options.footer()) {
            long n = segment.priorRows() + table.rows().size();
            return List.of(n == 1 ? "(1 row)" : "(" + n + " rows)");
        }
        return table.footers();
    }

    private static void pad(StringBuilder line, int spaces) {
        for (int i = 0; i < spaces; i++) {
            line.append(' ');
        }
    }

    private void emit(StringBuilder line) {
        line.append('\n');
        put(line);
        line.setLength(0);
    }

    private void put(CharSequence text) {
        int n = text.length();
        if (n > buffer.length - buffered) {
            drain();
        }
        if (n <= buffer.length) {
            int at = buffered;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    putBytes(text.toString().getBytes(StandardCharsets.UTF_8));
                    return;
                }
                buffer[at++] = (byte) c;
            }
            buffered = at;
        } else {
            putBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void put(char c) {
        if (c >= 0x80) {
            put(String.valueOf(c));
            return;
        }
        if (buffered == buffer.length) {
            drain();
        }
        buffer[buffered++] = (byte) c;
    }

    private void spaces(int n) {
        for (int i = 0; i < n; i++) {
            put(' ');
        }
    }

    private void putBytes(byte[] bytes) {
        putBytes(bytes, 0, bytes.length);
    }

    /** UTF-8 bytes, whole (the buffer never ends inside a character). */
    private void putBytes(byte[] bytes, int start, int length) {
        if (length > buffer.length - buffered) {
            drain();
            if (length > buffer.length) {
                write(bytes, start, length);
                return;
            }
        }
        System.arraycopy(bytes, start, buffer, buffered, length);
        buffered += length;
    }

    private void drain() {
        if (buffered > 0) {
            write(buffer, 0, buffered);
            buffered = 0;
        }
    }

    /** Straight to the byte stream under a {@link Utf8Output}, after what the writer holds; else decoded. */
    private void write(byte[] bytes, int start, int length) {
        if (out instanceof Utf8Output bytesOut) {
            bytesOut.writeBytes(bytes, start, length);
        } else {
            out.write(new String(bytes, start, length, StandardCharsets.UTF_8));
        }
    }

    // ---- the byte-level path for query results (ByteRows) ------------------------------------

    /** The width of a value that is plain printable ASCII (its length), else -1. */
    private static int plainWidth(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return -1;
            }
        }
        return value.length();
    }

    /**
     * The width of a cell of the current row when it is plain printable ASCII (one line, one
     * column per byte) or a NULL shown as plain text; -1 when the general path must lay it out.
     */
    private static int plainWidth(ByteRows spool, int column, int nullWidth) {
        int length = spool.length(column);
        if (length < 0) {
            return nullWidth;
        }
        byte[] bytes = spool.bytes(column);
        int start = spool.start(column);
        for (int i = start; i < start + length; i++) {
            byte b = bytes[i];
            if (b < 0x20 || b == 0x7f) { // bytes of multi-byte characters are negative
                return -1;
            }
        }
        return length;
    }

    /** An aligned row whose cells are all plain, straight from the rows' bytes; false if one is not. */
    private boolean plainRow(PrintTable table, ByteRows spool, int row, int[] width, int border, String nullPrint,
                             int nullWidth) {
        spool.seek(row);
        int columns = width.length;
        for (int c = 0; c < columns; c++) {
            if (plainWidth(spool, c, nullWidth) < 0) {
                return false;
            }
        }
        if (border == 2) {
            put('|');
        }
        for (int c = 0; c < columns; c++) {
            boolean last = c == columns - 1;
            boolean finalSpaces = border == 2 || !last;
            if (border != 0) {
                put(' ');
            }
            int length = spool.length(c);
            int printed = length < 0 ? nullWidth : length;
            boolean right = table.rightAligned()[c];
            if (right) {
                spaces(width[c] - printed);
            }
            if (length < 0) {
                put(nullPrint);
            } else {
                putBytes(spool.bytes(c), spool.start(c), length);
            }
            if (finalSpaces) {
                if (!right) {
                    spaces(width[c] - printed);
                }
                put(' ');
            }
            if (border != 0 && !last) {
                put('|');
            }
        }
        if (border == 2) {
            put('|');
        }
        put('\n');
        return true;
    }

    /** An unaligned cell: a query value's UTF-8 bytes are copied as they came from the server. */
    private void putCell(TableRows rows, int row, int column, PrintOptions options) {
        if (rows instanceof ByteRows raw) {
            raw.seek(row);
            int length = raw.length(column);
            if (length >= 0) {
                putBytes(raw.bytes(column), raw.start(column), length);
                return;
            }
        }
        put(cellText(rows, row, column, options));
    }
}

package dev.ride.shell.print;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * psql 15's aligned and wrapped formats in full (print.c's print_aligned_text and
 * print_aligned_vertical): every line style, and values wrapped to fit {@code \pset columns} or
 * the terminal's width. {@link TablePrinter} draws the common case (aligned, ascii) itself on its
 * fast path and hands the rest here; the two agree byte for byte where both apply.
 *
 * <p>The code follows print.c step by step (its variable names are kept in comments where the
 * arithmetic is subtle) so that it keeps psql's exact choices: which column shrinks first, where
 * the wrap and newline marks go, how wide a record line is.
 */
final class AlignedPrinter {

    /** The state of a value's next display line: psql's printTextLineWrap. */
    private enum Wrap { NONE, WRAP, NEWLINE }

    private final PrintTable table;
    private final PrintOptions options;
    private final TablePrinter.Segment segment;
    private final List<String> footersWithDefault;
    private final LineStyle style;
    private final int border;
    private final StringBuilder out = new StringBuilder(1024);

    private AlignedPrinter(PrintTable table, PrintOptions options, TablePrinter.Segment segment,
                           List<String> footersWithDefault) {
        this.table = table;
        this.options = options;
        this.segment = segment;
        this.footersWithDefault = footersWithDefault;
        this.style = options.lineStyle();
        this.border = Math.min(options.border(), 2);
    }

    /** The table as psql prints it: vertical with {@code \x}, else aligned (turning vertical under {@code \x auto}). */
    static String print(PrintTable table, PrintOptions options, TablePrinter.Segment segment,
                        List<String> footersWithDefault, IntConsumer tableWidths) {
        AlignedPrinter printer = new AlignedPrinter(table, options, segment, footersWithDefault);
        if (options.expanded() == PrintOptions.Expanded.ON) {
            printer.vertical();
        } else {
            printer.text(tableWidths);
        }
        return printer.out.toString();
    }

    private String cell(int row, int column) {
        String value = table.rows().cell(row, column);
        return value == null ? options.nullPrint() : value;
    }

    // ---- print_aligned_text --------------------------------------------------------------------

    private void text(IntConsumer tableWidths) {
        int columns = table.columnCount();
        int rows = columns == 0 ? 0 : table.rows().size();
        int[] widthHeader = new int[columns];
        int[] maxWidth = new int[columns];
        long[] widthAverage = new long[columns];
        for (int c = 0; c < columns; c++) {
            widthHeader[c] = CellText.width(table.headers().get(c));
            maxWidth[c] = widthHeader[c];
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int width = CellText.width(cell(r, c));
                maxWidth[c] = Math.max(maxWidth[c], width);
                widthAverage[c] += width;
            }
        }
        if (columns != 0 && rows != 0) {
            for (int c = 0; c < columns; c++) {
                widthAverage[c] /= rows;
            }
        }
        int widthTotal = switch (border) {
            case 0 -> columns;
            case 1 -> columns * 3 - (columns > 0 ? 1 : 0);
            default -> columns * 3 + 1;
        };
        int totalHeaderWidth = widthTotal;
        for (int c = 0; c < columns; c++) {
            widthTotal += maxWidth[c];
            totalHeaderWidth += widthHeader[c];
        }
        int[] widthWrap = maxWidth.clone(); // no wrapping unless wrapped shrinks a column below
        int outputColumns = options.outputColumns();
        if (options.format() == PrintOptions.Format.WRAPPED && outputColumns > 0
                && outputColumns >= totalHeaderWidth) {
            // shrink, one column position at a time, the column with the highest ratio of its
            // width to its average width (it wraps the fewest values), slightly biased against
            // wide columns; never below its header
            while (widthTotal > outputColumns) {
                double maxRatio = 0;
                int worst = -1;
                for (int c = 0; c < columns; c++) {
                    if (widthAverage[c] != 0 && widthWrap[c] > widthHeader[c]) {
                        double ratio = (double) widthWrap[c] / widthAverage[c] + maxWidth[c] * 0.01;
                        if (ratio > maxRatio) {
                            maxRatio = ratio;
                            worst = c;
                        }
                    }
                }
                if (worst == -1) {
                    break;
                }
                widthWrap[worst]--;
                widthTotal--;
            }
        }
        if (options.expanded() == PrintOptions.Expanded.AUTO && outputColumns > 0 && columns > 1
                && (outputColumns < totalHeaderWidth || outputColumns < widthTotal)) {
            vertical();
            return;
        }
        tableWidths.accept(Math.max(widthTotal, totalHeaderWidth));

        if (segment.first()) {
            if (table.title() != null && !options.tuplesOnly()) {
                int width = CellText.width(table.title());
                if (width < widthTotal) {
                    spaces((widthTotal - width) / 2);
                }
                out.append(table.title()).append('\n');
            }
            if (!options.tuplesOnly()) {
                if (border == 2) {
                    horizontalLine(widthWrap, LineStyle.TOP);
                }
                headers(widthWrap);
                horizontalLine(widthWrap, LineStyle.MIDDLE);
            }
        }
        for (int r = 0; r < rows; r++) {
            row(r, widthWrap);
        }
        if (segment.last()) {
            if (border == 2) {
                horizontalLine(widthWrap, LineStyle.BOTTOM);
            }
            if (footersWithDefault != null && !options.tuplesOnly()) {
                for (String footer : footersWithDefault) {
                    out.append(footer).append('\n');
                }
            }
            out.append('\n');
        }
    }

    private void headers(int[] widthWrap) {
        int columns = widthWrap.length;
        LineStyle.Rule data = style.rule(LineStyle.DATA);
        @SuppressWarnings("unchecked")
        List<CellText.Line>[] lines = new List[columns];
        for (int c = 0; c < columns; c++) {
            lines[c] = CellText.lines(table.headers().get(c));
        }
        boolean[] done = new boolean[columns];
        int moreColumns = columns;
        for (int n = 0; moreColumns > 0; n++) {
            if (border == 2) {
                out.append(data.left());
            }
            for (int c = 0; c < columns; c++) {
                if (border != 0 || (!style.wrapRightBorder() && c > 0)) {
                    out.append(n > 0 ? style.headerNewlineLeft() : " ");
                }
                if (!done[c]) {
                    CellText.Line line = lines[c].get(n);
                    int spaces = widthWrap[c] - line.width();
                    spaces(spaces / 2);
                    out.append(line.text());
                    spaces((spaces + 1) / 2);
                    if (n + 1 >= lines[c].size()) {
                        moreColumns--;
                        done[c] = true;
                    }
                } else {
                    spaces(widthWrap[c]);
                }
                if (border != 0 || style.wrapRightBorder()) {
                    out.append(!done[c] ? style.headerNewlineRight() : " ");
                }
                if (border != 0 && c < columns - 1) {
                    out.append(data.middle());
                }
            }
            if (border == 2) {
                out.append(data.right());
            }
            out.append('\n');
        }
    }

    private void row(int row, int[] widthWrap) {
        int columns = widthWrap.length;
        LineStyle.Rule data = style.rule(LineStyle.DATA);
        @SuppressWarnings("unchecked")
        List<CellText.Line>[] lines = new List[columns];
        for (int c = 0; c < columns; c++) {
            lines[c] = CellText.lines(cell(row, c));
        }
        int[] currentLine = new int[columns];
        int[] offset = new int[columns]; // print.c's bytes_output: where the line's next piece starts
        Wrap[] wrap = new Wrap[columns];
        java.util.Arrays.fill(wrap, Wrap.NONE);
        boolean moreLines;
        do {
            moreLines = false;
            if (border == 2) {
                out.append(data.left());
            }
            for (int c = 0; c < columns; c++) {
                boolean right = table.rightAligned()[c];
                int chars = widthWrap[c];
                boolean finalSpaces = border == 2 || c < columns - 1;
                if (border != 0) {
                    out.append(switch (wrap[c]) {
                        case WRAP -> style.wrapLeft();
                        case NEWLINE -> style.newlineLeft();
                        case NONE -> " ";
                    });
                }
                if (currentLine[c] >= lines[c].size()) {
                    if (finalSpaces) {
                        spaces(chars); // past this value's lines: pad for the columns after it
                    }
                } else {
                    String text = lines[c].get(currentLine[c]).text();
                    int[] fit = fit(text, offset[c], widthWrap[c]);
                    // a single character wider than the column is printed whole, counted as fitting
                    chars = Math.min(fit[1], widthWrap[c]);
                    if (right) {
                        spaces(widthWrap[c] - chars);
                    }
                    out.append(text, offset[c], fit[0]);
                    offset[c] = fit[0];
                    if (offset[c] < text.length()) {
                        moreLines = true;
                    } else {
                        currentLine[c]++;
                        if (currentLine[c] < lines[c].size()) {
                            moreLines = true;
                        }
                        offset[c] = 0;
                    }
                }
                wrap[c] = Wrap.NONE;
                if (currentLine[c] < lines[c].size()) {
                    if (offset[c] != 0) {
                        wrap[c] = Wrap.WRAP;
                    } else if (currentLine[c] != 0) {
                        wrap[c] = Wrap.NEWLINE;
                    }
                }
                if (!right && (finalSpaces || wrap[c] != Wrap.NONE)) {
                    spaces(widthWrap[c] - chars);
                }
                switch (wrap[c]) {
                    case WRAP -> out.append(style.wrapRight());
                    case NEWLINE -> out.append(style.newlineRight());
                    case NONE -> {
                        if (finalSpaces) {
                            out.append(' ');
                        }
                    }
                }
                if (border != 0 && c < columns - 1) {
                    // the next column's marks are still those of its previous line here, as in psql
                    if (wrap[c + 1] == Wrap.WRAP) {
                        out.append(style.midWrap());
                    } else if (wrap[c + 1] == Wrap.NEWLINE) {
                        out.append(style.midNewline());
                    } else if (currentLine[c + 1] >= lines[c + 1].size()) {
                        out.append(style.midBlank());
                    } else {
                        out.append(data.middle());
                    }
                }
            }
            if (border == 2) {
                out.append(data.right());
            }
            out.append('\n');
        } while (moreLines);
    }

    /** psql's _print_horizontal_line. */
    private void horizontalLine(int[] widths, int position) {
        LineStyle.Rule rule = style.rule(position);
        if (border == 1) {
            out.append(rule.horizontal());
        } else if (border == 2) {
            out.append(rule.left()).append(rule.horizontal());
        }
        for (int c = 0; c < widths.length; c++) {
            out.append(rule.horizontal().repeat(widths[c]));
            if (c < widths.length - 1) {
                if (border == 0) {
                    out.append(' ');
                } else {
                    out.append(rule.horizontal()).append(rule.middle()).append(rule.horizontal());
                }
            }
        }
        if (border == 2) {
            out.append(rule.horizontal()).append(rule.right());
        } else if (border == 1) {
            out.append(rule.horizontal());
        }
        out.append('\n');
    }

    // ---- print_aligned_vertical ----------------------------------------------------------------

    private void vertical() {
        int columns = table.columnCount();
        int rows = columns == 0 ? 0 : table.rows().size();
        if (rows == 0 && segment.first() && segment.last()) {
            if (!options.tuplesOnly() && footersWithDefault != null) {
                for (String footer : footersWithDefault) {
                    out.append(footer).append('\n');
                }
            }
            out.append('\n');
            return;
        }
        boolean oldAscii = style.isOldAscii();
        int hwidth = 0;
        int dwidth = 0;
        boolean hmultiline = false;
        boolean dmultiline = false;
        for (String header : table.headers()) {
            hwidth = Math.max(hwidth, CellText.width(header));
            hmultiline |= CellText.height(header) > 1;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String value = cell(r, c);
                dwidth = Math.max(dwidth, CellText.width(value));
                dmultiline |= CellText.height(value) > 1;
            }
        }
        if (segment.first() && !options.tuplesOnly() && table.title() != null) {
            out.append(table.title()).append('\n');
        }
        int outputColumns = options.outputColumns();

        // psql 15 fits the data column to the output width in wrapped only (16 also lines it up
        // with the record lines in aligned)
        if (options.format() == PrintOptions.Format.WRAPPED) {
            int swidth;
            if (border == 0) {
                swidth = 1 + (hmultiline ? 1 : 0); // a space, and a column for header newline marks
            } else if (border == 1) {
                swidth = 3 + (hmultiline && oldAscii ? 1 : 0);
            } else {
                swidth = 7;
            }
            if (dmultiline && border < 2 && !oldAscii) {
                swidth++; // a column for the data's newline marks
            }
            int rwidth = 0; // what the record lines need
            if (!options.tuplesOnly()) {
                if (rows > 0) {
                    rwidth = 1 + (int) Math.log10(rows);
                }
                rwidth += border == 0 ? 9 : border == 1 ? 12 : 15;
            }
            int newDwidth;
            for (;;) {
                int width = Math.max(hwidth + swidth + dwidth, rwidth);
                if (outputColumns > 0) {
                    int minWidth = Math.max(hwidth + swidth + 3, rwidth); // room for 3 columns of data
                    if (outputColumns >= width) {
                        newDwidth = width - hwidth - swidth;
                    } else if (outputColumns < minWidth) {
                        newDwidth = minWidth - hwidth - swidth;
                    } else {
                        newDwidth = outputColumns - hwidth - swidth;
                    }
                } else {
                    newDwidth = width - hwidth - swidth;
                }
                // wrapping needs a column for its marks: take it and compute again
                if (newDwidth < dwidth && !dmultiline && border < 2 && !oldAscii) {
                    dmultiline = true;
                    swidth++;
                } else {
                    break;
                }
            }
            dwidth = newDwidth;
        }
        long record = segment.priorRows() + 1;
        for (int r = 0; r < rows; r++) {
            int lhwidth = hwidth + (border < 2 && hmultiline && oldAscii ? 1 : 0);
            int position = r == 0 ? LineStyle.TOP : LineStyle.MIDDLE;
            if (!options.tuplesOnly()) {
                recordLine(record++, lhwidth, dwidth, position);
            } else if (r != 0 || !segment.first() || border == 2) {
                recordLine(0, lhwidth, dwidth, position);
            }
            for (int c = 0; c < columns; c++) {
                field(table.headers().get(c), cell(r, c), hwidth, dwidth, hmultiline, dmultiline);
            }
        }
        if (segment.last()) {
            if (border == 2) {
                recordLine(0, hwidth, dwidth, LineStyle.BOTTOM);
            }
            if (!options.tuplesOnly() && table.footers() != null) {
                if (border < 2) {
                    out.append('\n');
                }
                for (String footer : table.footers()) {
                    out.append(footer).append('\n');
                }
            }
            out.append('\n');
        }
    }

    /** One field of a record: its header and value side by side, line by line. */
    private void field(String header, String value, int hwidth, int dwidth, boolean hmultiline,
                       boolean dmultiline) {
        boolean oldAscii = style.isOldAscii();
        LineStyle.Rule data = style.rule(LineStyle.DATA);
        List<CellText.Line> hlines = CellText.lines(header);
        List<CellText.Line> dlines = CellText.lines(value);
        int dline = 0;
        int hline = 0;
        boolean dcomplete = false;
        boolean hcomplete = false;
        int offset = 0;
        int charsToOutput = dlines.get(0).width();
        while (!dcomplete || !hcomplete) {
            if (border == 2) {
                out.append(data.left());
            }
            if (!hcomplete) {
                // headers are never wrapped, only split at newlines
                if (border == 2 || (hmultiline && oldAscii)) {
                    out.append(hline > 0 ? style.headerNewlineLeft() : " ");
                }
                CellText.Line line = hlines.get(hline);
                out.append(line.text());
                int spaces = hwidth - fit(line.text(), 0, hwidth)[1];
                if (spaces > 0) {
                    spaces(spaces);
                }
                boolean marks = border > 0 || (hmultiline && !oldAscii);
                if (hline + 1 < hlines.size()) {
                    if (marks) {
                        out.append(style.headerNewlineRight());
                    }
                    hline++;
                } else {
                    if (marks) {
                        out.append(' ');
                    }
                    hcomplete = true;
                }
            } else {
                int spaces = hwidth + border;
                if (border < 2 && hmultiline && oldAscii) {
                    spaces++;
                }
                if (border == 0 && !oldAscii && hmultiline) {
                    spaces++;
                }
                spaces(Math.max(spaces, 1)); // printf("%*s", n, " ") prints at least the space
            }
            if (border > 0) {
                if (offset != 0) {
                    out.append(style.midWrap());
                } else if (dline == 0) {
                    out.append(data.middle());
                } else {
                    out.append(style.midNewline());
                }
            }
            if (!dcomplete) {
                out.append(offset == 0 ? " " : style.wrapLeft());
                String text = dlines.get(dline).text();
                int[] fit = fit(text, offset, dwidth);
                out.append(text, offset, fit[0]);
                charsToOutput -= fit[1];
                offset = fit[0];
                int spaces = dwidth - fit[1];
                boolean marks = border > 1 || (dmultiline && !oldAscii);
                if (charsToOutput != 0) {
                    if (marks) { // the value goes on, wrapped
                        spaces(spaces);
                        out.append(style.wrapRight());
                    }
                } else if (dline + 1 < dlines.size()) {
                    if (marks) { // the value goes on after a newline
                        spaces(spaces);
                        out.append(style.newlineRight());
                    }
                    dline++;
                    offset = 0;
                    charsToOutput = dlines.get(dline).width();
                } else {
                    if (border > 1) {
                        spaces(spaces);
                        out.append(' ');
                    }
                    dcomplete = true;
                }
                if (border == 2) {
                    out.append(data.right());
                }
                out.append('\n');
            } else if (border < 2) {
                out.append('\n'); // the header has more lines than the value
            } else {
                spaces(dwidth);
                out.append("  ").append(data.right()).append('\n');
            }
        }
    }

    /** psql's print_aligned_vertical_line: "-[ RECORD 1 ]---+---" and its kin. */
    private void recordLine(long record, int hwidth, int dwidth, int position) {
        LineStyle.Rule rule = style.rule(position);
        String fill = border > 0 ? rule.horizontal() : " ";
        if (border == 2) {
            out.append(rule.left()).append(rule.horizontal());
        } else if (border == 1) {
            out.append(rule.horizontal());
        }
        int reclen = 0;
        if (record > 0) {
            String label = border == 0 ? "* Record " + record : "[ RECORD " + record + " ]";
            out.append(label);
            reclen = label.length();
        }
        if (border != 2) {
            reclen++;
        }
        for (int i = reclen; i < hwidth; i++) {
            out.append(fill);
        }
        reclen -= hwidth;
        if (border > 0) {
            if (reclen-- <= 0) {
                out.append(rule.horizontal());
            }
            if (reclen-- <= 0) {
                out.append(rule.middle());
            }
            if (reclen-- <= 0) {
                out.append(rule.horizontal());
            }
        } else if (reclen-- <= 0) {
            out.append(' ');
        }
        if (reclen < 0) {
            reclen = 0;
        }
        for (int i = reclen; i < dwidth; i++) {
            out.append(fill);
        }
        if (border == 2) {
            out.append(rule.horizontal()).append(rule.right());
        }
        out.append('\n');
    }

    // ---- helpers -------------------------------------------------------------------------------

    /**
     * psql's strlen_max_width: from {@code start}, the characters of a laid-out line that fit in
     * {@code target} columns (the first always does, however wide). Returns the end index and the
     * width taken.
     */
    static int[] fit(String text, int start, int target) {
        int width = 0;
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = Math.max(DisplayWidth.of(cp), 0);
            if (target < width + w && width != 0) {
                break;
            }
            width += w;
            i += Character.charCount(cp);
        }
        return new int[] {i, width};
    }

    private void spaces(int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }
}

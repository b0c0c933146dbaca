package dev.ride.shell.print;

/**
 * psql's {@code \pset} settings that shape how a table is printed. Immutable: the session keeps
 * the current one and a command that needs a variation (e.g. {@code \gx}) prints with a copy.
 *
 * @param format        aligned (psql's default), unaligned or csv
 * @param border        0, 1 (default) or 2
 * @param expanded      {@code \x}: off, on, or auto (vertical when wider than {@code columns})
 * @param tuplesOnly    {@code \t}: no title, header or footer
 * @param footer        whether the default "(N rows)" footer is printed
 * @param nullPrint     what SQL NULL looks like ({@code \pset null})
 * @param fieldSeparator  unaligned field separator ({@code \pset fieldsep}, default "|"); null for a
 *                        zero byte ({@code \pset fieldsep_zero}, which psql keeps as no string and a flag)
 * @param recordSeparator unaligned record separator ({@code \pset recordsep}, default newline); null
 *                        for a zero byte ({@code \pset recordsep_zero})
 * @param csvFieldSeparator csv field separator ({@code \pset csv_fieldsep}, default ",")
 * @param title         a title printed above query results ({@code \pset title}), or null
 * @param columns       {@code \pset columns}: the width wrapped and {@code \x auto} fit to; 0 is unset
 * @param tableAttr     {@code \pset tableattr}: HTML table attributes, latex-longtable column widths; or null
 * @param lineStyle     {@code \pset linestyle}: ascii, old-ascii or unicode
 * @param terminalColumns the terminal's width when output goes to one ({@code COLUMNS} when set, as
 *                        psql's env_columns), used when {@code columns} is unset; 0 otherwise
 */
public record PrintOptions(Format format, int border, Expanded expanded, boolean tuplesOnly, boolean footer,
                           String nullPrint, String fieldSeparator, String recordSeparator,
                           char csvFieldSeparator, String title, int columns, String tableAttr,
                           LineStyle lineStyle, int terminalColumns) {

    public enum Format {
        ALIGNED, UNALIGNED, CSV, HTML, ASCIIDOC, LATEX, LATEX_LONGTABLE, TROFF_MS,
        /** psql's wrapped: aligned, with wide columns wrapped to {@code columns} or the terminal's width. */
        WRAPPED;

        /** The name psql uses ({@code latex-longtable}, {@code troff-ms}). */
        public String psqlName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public enum Expanded { OFF, ON, AUTO }

    /** psql's defaults with {@code -X}. */
    public static PrintOptions defaults() {
        return new PrintOptions(Format.ALIGNED, 1, Expanded.OFF, false, true, "", "|", "\n", ',', null, 0, null,
                LineStyle.ASCII, 0);
    }

    /** The field separator as printed: a zero byte for {@code fieldsep_zero}. */
    public String fieldSeparatorPrinted() {
        return fieldSeparator == null ? "\0" : fieldSeparator;
    }

    /** The record separator as printed: a zero byte for {@code recordsep_zero}. */
    public String recordSeparatorPrinted() {
        return recordSeparator == null ? "\0" : recordSeparator;
    }

    public PrintOptions withFormat(Format value) {
        return new PrintOptions(value, border, expanded, tuplesOnly, footer, nullPrint, fieldSeparator,
                recordSeparator, csvFieldSeparator, title, columns, tableAttr, lineStyle, terminalColumns);
    }

    public PrintOptions withBorder(int value) {
        return new PrintOptions(format, value, expanded, tuplesOnly, footer, nullPrint, fieldSeparator,
                recordSeparator, csvFieldSeparator, title, columns, tableAttr, lineStyle, terminalColumns);
    }

    public PrintOptions withExpanded(Expanded value) {
        return new PrintOptions(format, border, value, tuplesOnly, footer, nullPrint, fieldSeparator,
                recordSeparator, csvFieldSeparator, title, columns, tableAttr, lineStyle, terminalColumns);
    }

    public PrintOptions withTuplesOnly(boolean value) {
        return new PrintOptions(format, border, expanded, value, footer, nullPrint, fieldSeparator,
                recordSeparator, csvFieldSeparator, title, columns, tableAttr, lineStyle, terminalColumns);
    }

    public PrintOptions withFooter(boolean value) {
        return new PrintOptions(format, border, expanded, tuplesOnly, value, nullPrint, fieldSeparator,
                recordSeparator, csvFieldSeparator, title, columns, tableAttr, lineStyle, terminalColumns);
    }

    public PrintOptions withNullPrint(String value) {
        return new PrintOptions(format, border, expanded, tuplesOnly, footer, value, fieldSeparator,
                recordSeparator, csvFieldSeparator, title, columns, tableAttr, lineStyle, terminalColumns);
    }

    public PrintOptions withFieldSeparator(String value) {
        return new PrintOptions(format, border, expanded, tuplesOnly, footer, nullPrint, value,
                recordSeparator, csvFieldSeparator, title, columns, tableAttr, lineStyle, terminalColumns);
    }

    public PrintOptions withRecordSeparator(String value) {
        return new PrintOptions(format, border, expanded, tuplesOnly, footer, nullPrint, fieldSeparator,
                value, csvFieldSeparator, title, columns, tableAttr, lineStyle, terminalColumns);
    }

    public PrintOptions withCsvFieldSeparator(char value) {
        return new PrintOptions(format, border, expanded, tuplesOnly, footer, nullPrint, fieldSeparator,
                recordSeparator, value, title, columns, tableAttr, lineStyle, terminalColumns);
    }

    public PrintOptions withTitle(String value) {
        return new PrintOptions(format, border, expanded, tuplesOnly, footer, nullPrint, fieldSeparator,
                recordSeparator, csvFieldSeparator, value, columns, tableAttr, lineStyle, terminalColumns);
    }

    public PrintOptions withTableAttr(String value) {
        return new PrintOptions(format, border, expanded, tuplesOnly, footer, nullPrint, fieldSeparator,
                recordSeparator, csvFieldSeparator, title, columns, value, lineStyle, terminalColumns);
    }

    public PrintOptions withColumns(int value) {
        return new PrintOptions(format, border, expanded, tuplesOnly, footer, nullPrint, fieldSeparator,
                recordSeparator, csvFieldSeparator, title, value, tableAttr, lineStyle, terminalColumns);
    }

    public PrintOptions withLineStyle(LineStyle value) {
        return new PrintOptions(format, border, expanded, tuplesOnly, footer, nullPrint, fieldSeparator,
                recordSeparator, csvFieldSeparator, title, columns, tableAttr, value, terminalColumns);
    }

    public PrintOptions withTerminalColumns(int value) {
        return new PrintOptions(format, border, expanded, tuplesOnly, footer, nullPrint, fieldSeparator,
                recordSeparator, csvFieldSeparator, title, columns, tableAttr, lineStyle, value);
    }

    /** The width wrapped and {@code \x auto} fit to (print.c's output_columns): columns, else the terminal's. */
    public int outputColumns() {
        return columns > 0 ? columns : terminalColumns;
    }
}

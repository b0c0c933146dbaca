package dev.ride.shell.query;

import dev.ride.shell.print.NumericTypes;
import dev.ride.shell.print.PrintOptions;
import dev.ride.shell.print.PrintTable;
import dev.ride.shell.print.TableRows;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * psql 15's {@code \crosstabview [colV [colH [colD [sortcolH]]]]} (crosstabview.c): a result
 * pivoted so that the distinct values of one column head the rows, those of another head the
 * columns, and a third fills the cells. Rows and columns keep the order in which their values
 * first appear, unless {@code sortcolH} gives each column an integer rank.
 */
final class CrosstabView {

    /** psql's CROSSTABVIEW_MAX_COLUMNS. */
    static final int MAX_COLUMNS = 1600;

    /** The pivoted table, or psql's error message. */
    record Pivoted(PrintTable table, String error) { }

    /** A distinct header value (null for SQL NULL) with its rank and the sort value first seen with it. */
    private static final class Field {
        final String name;
        final String sortValue;
        int rank;

        Field(String name, String sortValue, int rank) {
            this.name = name;
            this.sortValue = sortValue;
            this.rank = rank;
        }
    }

    private final List<SqlRunner.Column> columns;
    private final TableRows rows;
    private final PrintOptions options;
    private final String nullName;

    private CrosstabView(List<SqlRunner.Column> columns, TableRows rows, PrintOptions options, String nullName) {
        this.columns = columns;
        this.rows = rows;
        this.options = options;
        this.nullName = nullName;
    }

    /**
     * @param args     up to four arguments as typed (double quotes kept)
     * @param nullName how the duplicate-value error names a NULL: psql's {@code \pset null} when one
     *                 was set (even to an empty string), else "(null)"
     */
    static Pivoted pivot(List<SqlRunner.Column> columns, TableRows rows, List<String> args, PrintOptions options,
                         String nullName) {
        return new CrosstabView(columns, rows, options, nullName).pivot(args);
    }

    private Pivoted pivot(List<String> args) {
        if (columns.size() < 3) {
            return failed("query must return at least three columns");
        }
        int forRows = 0;
        if (arg(args, 0) != null) {
            forRows = indexOfColumn(arg(args, 0));
            if (forRows < 0) {
                return failed(lastError);
            }
        }
        int forColumns = 1;
        if (arg(args, 1) != null) {
            forColumns = indexOfColumn(arg(args, 1));
            if (forColumns < 0) {
                return failed(lastError);
            }
        }
        if (forColumns == forRows) {
            return failed("vertical and horizontal headers must be different columns");
        }
        int forData;
        if (arg(args, 2) == null) {
            if (columns.size() != 3) {
                return failed("data column must be specified when query returns more than three columns");
            }
            forData = 0;
            while (forData == forRows || forData == forColumns) {
                forData++;
            }
        } else {
            forData = indexOfColumn(arg(args, 2));
            if (forData < 0) {
                return failed(lastError);
            }
        }
        int sortField = -1;
        if (arg(args, 3) != null) {
            sortField = indexOfColumn(arg(args, 3));
            if (sortField < 0) {
                return failed(lastError);
            }
        }

        // the distinct values of each header, ranked by first appearance
        Map<String, Field> columnFields = new HashMap<>();
        Field nullColumn = null;
        Map<String, Field> rowFields = new HashMap<>();
        Field nullRow = null;
        int columnCount = 0;
        int rowCount = 0;
        for (int r = 0; r < rows.size(); r++) {
            String h = rows.cell(r, forColumns);
            if (h == null ? nullColumn == null : !columnFields.containsKey(h)) {
                String sortValue = sortField >= 0 ? rows.cell(r, sortField) : null;
                Field field = new Field(h, sortValue, columnCount++);
                if (h == null) {
                    nullColumn = field;
                } else {
                    columnFields.put(h, field);
                }
            }
            if (columnCount > MAX_COLUMNS) {
                return failed("maximum number of columns (" + MAX_COLUMNS + ") exceeded");
            }
            String v = rows.cell(r, forRows);
            if (v == null ? nullRow == null : !rowFields.containsKey(v)) {
                Field field = new Field(v, null, rowCount++);
                if (v == null) {
                    nullRow = field;
                } else {
                    rowFields.put(v, field);
                }
            }
        }
        if (sortField >= 0) {
            rankSort(sorted(columnFields, nullColumn));
        }

        String nullPrint = options.nullPrint();
        Field[] byRank = new Field[columnCount];
        for (Field field : sorted(columnFields, nullColumn)) {
            byRank[field.rank] = field;
        }
        List<String> headers = new ArrayList<>(columnCount + 1);
        boolean[] rightAligned = new boolean[columnCount + 1];
        headers.add(columns.get(forRows).name());
        rightAligned[0] = NumericTypes.isRightAligned(columns.get(forRows).typeOid());
        boolean dataRight = NumericTypes.isRightAligned(columns.get(forData).typeOid());
        for (int c = 0; c < columnCount; c++) {
            headers.add(byRank[c].name != null ? byRank[c].name : nullPrint);
            rightAligned[c + 1] = dataRight;
        }
        String[][] cells = new String[rowCount][columnCount + 1];
        for (Field field : sorted(rowFields, nullRow)) {
            cells[field.rank][0] = field.name != null ? field.name : nullPrint;
        }
        for (int r = 0; r < rows.size(); r++) {
            String v = rows.cell(r, forRows);
            String h = rows.cell(r, forColumns);
            Field row = v == null ? nullRow : rowFields.get(v);
            Field column = h == null ? nullColumn : columnFields.get(h);
            String[] line = cells[row.rank];
            if (line[column.rank + 1] != null) {
                return failed("query result contains multiple data values for row \""
                        + (row.name != null ? row.name : nullName) + "\", column \""
                        + (column.name != null ? column.name : nullName) + "\"");
            }
            String value = rows.cell(r, forData);
            line[column.rank + 1] = value != null ? value : nullPrint;
        }
        for (String[] line : cells) {
            for (int c = 0; c < line.length; c++) {
                if (line[c] == null) {
                    line[c] = "";
                }
            }
        }
        return new Pivoted(new PrintTable(options.title(), headers, rightAligned,
                TableRows.of(Arrays.asList(cells)), null), null);
    }

    private static String arg(List<String> args, int i) {
        return i < args.size() ? args.get(i) : null;
    }

    /**
     * The fields in psql's tree order (strcmp of the UTF-8 bytes, NULL last), the order in which
     * rankSort meets columns of equal rank.
     */
    private static List<Field> sorted(Map<String, Field> fields, Field nullField) {
        List<Field> sorted = new ArrayList<>(fields.values());
        sorted.sort(Comparator.comparing(f -> f.name.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));
        if (nullField != null) {
            sorted.add(nullField);
        }
        return sorted;
    }

    /** psql's rankSort: columns ordered by the integer in their sort column; other values count as 0. */
    private static void rankSort(List<Field> fields) {
        int[] ranks = new int[fields.size()];
        Integer[] order = new Integer[fields.size()];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = integerRank(fields.get(i).sortValue);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> ranks[i])); // stable, as glibc's merge sort
        for (int i = 0; i < order.length; i++) {
            fields.get(order[i]).rank = i;
        }
    }

    /** A rank when the value matches ^-?\d*$ (C's atoi of it), else 0. */
    private static int integerRank(String value) {
        if (value == null) {
            return 0;
        }
        String digits = value.startsWith("-") ? value.substring(1) : value;
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return 0;
            }
        }
        if (digits.isEmpty()) {
            return 0;
        }
        try {
            long n = Long.parseLong(digits.length() > 18 ? digits.substring(0, 18) : digits);
            return (int) (value.startsWith("-") ? -n : n);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String lastError;

    /**
     * psql's indexOfColumn: a number from 1 to the column count, or a column name, unquoted
     * letters downcased and double quotes removed; -1 with {@link #lastError} when there is none.
     */
    private int indexOfColumn(String arg) {
        if (!arg.isEmpty() && arg.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long number;
            try {
                number = Long.parseLong(arg);
            } catch (NumberFormatException e) {
                number = Integer.MAX_VALUE;
            }
            if (number < 1 || number > columns.size()) {
                lastError = "column number " + (int) number + " is out of range 1.." + columns.size();
                return -1;
            }
            return (int) number - 1;
        }
        String name = dequoteDowncase(arg);
        int index = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                if (index >= 0) {
                    lastError = "ambiguous column name: \"" + name + "\"";
                    return -1;
                }
                index = i;
            }
        }
        if (index == -1) {
            lastError = "column name not found: \"" + name + "\"";
        }
        return index;
    }

    /** psql's dequote_downcase_identifier: quotes removed ("" is one), ASCII letters outside them downcased. */
    static String dequoteDowncase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (inQuotes && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    out.append('"');
                    i++;
                } else {
                    inQuotes = !inQuotes;
                }
            } else {
                out.append(!inQuotes && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
        }
        return out.toString();
    }

    private static Pivoted failed(String message) {
        return new Pivoted(null, "\\crosstabview: " + message);
    }
}

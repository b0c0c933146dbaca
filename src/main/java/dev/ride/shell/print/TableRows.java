package dev.ride.shell.print;

import java.util.List;

/**
 * The cells of a table, row by row. Query results implement it over the driver's raw rows so a
 * large result is not copied into strings twice; describe commands use {@link #of(List)}.
 */
public interface TableRows {

    int size();

    /** The text of a cell, or null for SQL NULL. */
    String cell(int row, int column);

    static TableRows of(List<String[]> rows) {
        return new TableRows() {
            @Override
            public int size() {
                return rows.size();
            }

            @Override
            public String cell(int row, int column) {
                return rows.get(row)[column];
            }
        };
    }
}

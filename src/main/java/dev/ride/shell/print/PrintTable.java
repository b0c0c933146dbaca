package dev.ride.shell.print;

import java.util.List;

/**
 * One table to print, whatever it came from (a query, {@code \d}, {@code \l}): psql's
 * printTableContent. The printer knows nothing about what the rows mean.
 *
 * @param title        printed above the table, or null
 * @param headers      column names
 * @param rightAligned per column: numbers are right-aligned
 * @param rows         the cells
 * @param footers      lines printed below the table; null means the default "(N rows)"
 */
public record PrintTable(String title, List<String> headers, boolean[] rightAligned, TableRows rows,
                         List<String> footers) {

    public int columnCount() {
        return headers.size();
    }
}

package dev.ride.shell.describe;

import dev.ride.shell.ErrorText;
import dev.ride.shell.print.NumericTypes;
import dev.ride.shell.print.TableRows;
import dev.ride.shell.query.SqlRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the shell's own catalog queries (for {@code \d}, {@code \l}, completion) through the same
 * path as the learner's SQL, so values are the server's text exactly as psql receives them.
 */
public final class CatalogQuery {

    /** A small result held in memory: column names, numeric-ness, and text rows (null = NULL). */
    record Result(List<String> columns, boolean[] rightAligned, List<String[]> rows) {
        String value(int row, int column) {
            return rows.get(row)[column];
        }

        boolean isTrue(int row, int column) {
            return "t".equals(rows.get(row)[column]);
        }

        int size() {
            return rows.size();
        }
    }

    /** The server refused a catalog query; the message is formatted as psql prints it. */
    static final class Failed extends Exception {
        Failed(String formattedMessage) {
            super(formattedMessage);
        }
    }

    private final Connection connection;

    public CatalogQuery(Connection connection) {
        this.connection = connection;
    }

    Result run(String sql) throws Failed {
        List<Result> results = new ArrayList<>(1);
        List<String> errors = new ArrayList<>(1);
        try {
            SqlRunner.run(connection, sql, new SqlRunner.Listener() {
                @Override
                public void rows(List<SqlRunner.Column> columns, TableRows rows, String commandTag) {
                    results.add(toResult(columns, rows));
                }

                @Override
                public void command(String commandTag) {
                }

                @Override
                public void notice(SQLWarning notice) {
                }

                @Override
                public void error(SQLException error) {
                    errors.add(ErrorText.of(error, sql));
                }
            });
        } catch (SQLException e) {
            errors.add(ErrorText.of(e, sql));
        }
        if (!errors.isEmpty()) {
            throw new Failed(errors.get(0));
        }
        return results.isEmpty() ? new Result(List.of(), new boolean[0], List.of()) : results.get(0);
    }

    private static Result toResult(List<SqlRunner.Column> columns, TableRows cells) {
        List<String> names = new ArrayList<>(columns.size());
        boolean[] right = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            names.add(columns.get(c).name());
            right[c] = NumericTypes.isRightAligned(columns.get(c).typeOid());
        }
        List<String[]> rows = new ArrayList<>(cells.size());
        for (int r = 0; r < cells.size(); r++) {
            String[] row = new String[columns.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = cells.cell(r, c);
            }
            rows.add(row);
        }
        return new Result(names, right, rows);
    }
}

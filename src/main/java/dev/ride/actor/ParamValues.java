package dev.ride.actor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Draws a workload iteration's parameter values from its {@link ParamSpec}s. Shared by the
 * actor's connections; {@code row_of} queries run once, as the actor, on first use (a failure
 * counts as an error and is retried at the next iteration).
 */
final class ParamValues {

    private final List<ParamSpec> specs;
    private final Map<String, List<Map<String, String>>> rowsByQuery = new HashMap<>();
    private final Map<String, String> firstColumnByQuery = new HashMap<>();

    ParamValues(List<ParamSpec> specs) {
        this.specs = specs;
    }

    /** Values for iteration {@code iteration} (from 1): Long, Boolean, String, or null. */
    Object[] draw(long iteration, Connection connection) throws SQLException {
        Object[] values = new Object[specs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(specs.get(i), iteration, connection);
        }
        return values;
    }

    private Object value(ParamSpec spec, long iteration, Connection connection) throws SQLException {
        if (spec instanceof ParamSpec.Seq s) {
            return s.from() + iteration - 1;
        }
        if (spec instanceof ParamSpec.IntRange r) {
            return ThreadLocalRandom.current().nextLong(r.low(), r.high() + 1);
        }
        if (spec instanceof ParamSpec.Pick p) {
            return p.values().get(ThreadLocalRandom.current().nextInt(p.values().size()));
        }
        if (spec instanceof ParamSpec.Text t) {
            return t.template().replace("{seq}", Long.toString(iteration));
        }
        return rowValue((ParamSpec.RowOf) spec, iteration, connection);
    }

    private Object rowValue(ParamSpec.RowOf r, long iteration, Connection connection) throws SQLException {
        List<Map<String, String>> rows = rows(r.query(), connection);
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, String> row = rows.get((int) ((iteration - 1) % rows.size()));
        String column = r.column() != null ? r.column() : firstColumn(r.query());
        if (!row.containsKey(column)) {
            throw new SQLException("row_of: the query has no column \"" + column + "\"", "42703");
        }
        return row.get(column);
    }

    private synchronized String firstColumn(String query) {
        return firstColumnByQuery.get(query);
    }

    private synchronized List<Map<String, String>> rows(String query, Connection connection) throws SQLException {
        List<Map<String, String>> rows = rowsByQuery.get(query);
        if (rows != null) {
            return rows;
        }
        rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, String> row = new HashMap<>();
                for (int c = 1; c <= columns; c++) {
                    row.put(rs.getMetaData().getColumnLabel(c), rs.getString(c));
                }
                rows.add(row);
            }
            firstColumnByQuery.put(query, rs.getMetaData().getColumnLabel(1));
        }
        rowsByQuery.put(query, rows);
        return rows;
    }
}

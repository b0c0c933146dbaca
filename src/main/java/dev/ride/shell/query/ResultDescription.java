package dev.ride.shell.query;

import dev.ride.sql.SqlQuoting;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Field;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Oid;
import org.postgresql.core.ParameterList;
import org.postgresql.core.Query;
import org.postgresql.core.QueryExecutor;
import org.postgresql.core.ResultCursor;
import org.postgresql.core.SqlCommand;
import org.postgresql.core.Tuple;

/**
 * psql's {@code \gdesc}: the query is parsed and described by the server, never run, and its
 * result's columns are shown by a query psql builds the same way (DescribeQuery in common.c),
 * naming each column and formatting its type with its modifier, e.g. {@code character varying(4)}.
 * The describe goes through pgjdbc's executor with the query's own {@code $n} parameters left
 * unbound, as psql's PQprepare does (JDBC's metadata knows neither {@code $n} nor type modifiers).
 */
public final class ResultDescription {

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");
    private static final int FLAGS = QueryExecutor.QUERY_DESCRIBE_ONLY | QueryExecutor.QUERY_ONESHOT
            | QueryExecutor.QUERY_SUPPRESS_BEGIN | QueryExecutor.QUERY_NO_BINARY_TRANSFER;

    private ResultDescription() {
    }

    /**
     * The query that describes {@code sql}'s result, or null when it has no result columns.
     *
     * @throws SQLException the server's error when {@code sql} cannot be parsed
     */
    public static String describingQuery(Connection connection, String sql) throws SQLException {
        List<Field> fields = describe(connection, sql);
        if (fields.isEmpty()) {
            return null;
        }
        StringBuilder query = new StringBuilder(
                "SELECT name AS \"Column\", pg_catalog.format_type(tp, tpm) AS \"Type\"\nFROM (VALUES ");
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            query.append(i > 0 ? "," : "").append('(').append(SqlQuoting.literal(field.getColumnLabel()))
                    .append(", '").append(Integer.toUnsignedString(field.getOID())).append("'::pg_catalog.oid, ")
                    .append(field.getMod()).append(')');
        }
        return query.append(") s(name, tp, tpm)").toString();
    }

    private static List<Field> describe(Connection connection, String sql) throws SQLException {
        QueryExecutor executor = connection.unwrap(BaseConnection.class).getQueryExecutor();
        int parameters = highestParameter(sql);
        int[] positions = new int[parameters]; // only their number matters for a describe
        Query query = executor.wrap(List.of(new NativeQuery(sql, positions, false, SqlCommand.BLANK)));
        ParameterList values = query.createParameterList();
        for (int i = 1; i <= values.getParameterCount(); i++) {
            values.setNull(i, Oid.UNSPECIFIED);
        }
        List<Field> fields = new ArrayList<>();
        SQLException[] failure = new SQLException[1];
        executor.execute(query, values, new ListeningResultHandler() {
            @Override
            public void handleResultRows(Query fromQuery, Field[] described, List<Tuple> tuples, ResultCursor cursor) {
                if (described != null) {
                    fields.addAll(List.of(described));
                }
            }

            @Override
            public void handleCommandStatus(String status, long updateCount, long insertOID) {
                // a describe has no command tag worth keeping
            }

            @Override
            public void handleWarning(java.sql.SQLWarning warning) {
                // notices of a describe are not shown, as psql's PQprepare shows none either
            }

            @Override
            public void handleError(SQLException error) {
                if (failure[0] == null) {
                    failure[0] = error;
                }
            }
        }, 0, 0, FLAGS);
        if (failure[0] != null) {
            throw failure[0];
        }
        return fields;
    }

    /** The highest {@code $n} in the text (a rough count: a {@code $n} inside a string counts too). */
    private static int highestParameter(String sql) {
        int highest = 0;
        Matcher matcher = PARAMETER.matcher(sql);
        while (matcher.find()) {
            try {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            } catch (NumberFormatException tooLarge) {
                // the server will say what is wrong with it
            }
        }
        return Math.min(highest, 65535);
    }
}

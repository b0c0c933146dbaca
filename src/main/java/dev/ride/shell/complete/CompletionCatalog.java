package dev.ride.shell.complete;

import dev.ride.shell.ShellHost;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog as completion sees it: small prefix-filtered queries with a LIMIT, asked at each
 * Tab, so a schema of thousands of tables stays fast and objects created a moment ago are offered
 * (no cache to go stale). They run on a connection of their own, opened lazily for the current
 * database, with {@code pg_stat_statements.track = 'none'} and never reported to the host: the
 * shell's lookups must not count as the learner's evidence when the drill is scored.
 */
public final class CompletionCatalog implements AutoCloseable {

    /** Enough to fill a screen of candidates; more would only slow a big schema down. */
    static final int LIMIT = 200;

    private final ShellHost host;
    private String database;
    private Connection connection;

    public CompletionCatalog(ShellHost host) {
        this.host = host;
    }

    /** Relations (tables, views, ...) in {@code schema}, or visible ones when it is null. */
    List<String> relations(String schema, String prefix) {
        if (schema == null) {
            return strings("SELECT c.relname FROM pg_catalog.pg_class c "
                    + "WHERE c.relkind IN ('r','p','v','m','S','f') AND c.relname LIKE ? "
                    + "AND pg_catalog.pg_table_is_visible(c.oid) "
                    + "AND c.relnamespace <> 'pg_catalog'::pg_catalog.regnamespace ORDER BY 1 LIMIT " + LIMIT,
                    like(prefix));
        }
        return strings("SELECT c.relname FROM pg_catalog.pg_class c "
                + "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE c.relkind IN ('r','p','v','m','S','f') AND c.relname LIKE ? AND n.nspname = ? "
                + "ORDER BY 1 LIMIT " + LIMIT, like(prefix), schema);
    }

    /** Schemas other than the system's own, for "public." and friends. */
    List<String> schemas(String prefix) {
        return strings("SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.nspname LIKE ? "
                + "AND n.nspname !~ '^pg_(toast|temp)' ORDER BY 1 LIMIT " + LIMIT, like(prefix));
    }

    /**
     * Columns of the named tables ("name" or "schema.name"); a name that is no table gives none.
     */
    List<String> columns(List<String> tables, String prefix) {
        if (tables.isEmpty()) {
            return List.of();
        }
        return strings("SELECT DISTINCT a.attname FROM pg_catalog.pg_attribute a "
                + "WHERE a.attrelid IN (SELECT pg_catalog.to_regclass(t) FROM pg_catalog.unnest(?::text[]) t) "
                + "AND a.attnum > 0 AND NOT a.attisdropped AND a.attname LIKE ? ORDER BY 1 LIMIT " + LIMIT,
                textArray(tables), like(prefix));
    }

    /** Functions visible on the search path (pg_catalog's included, as psql offers them). */
    List<String> functions(String prefix) {
        if (prefix.isEmpty()) {
            return List.of(); // thousands of built-ins would drown the tables and keywords
        }
        return strings("SELECT DISTINCT p.proname FROM pg_catalog.pg_proc p WHERE p.proname LIKE ? "
                + "AND p.prokind IN ('f','a','w') AND pg_catalog.pg_function_is_visible(p.oid) "
                + "ORDER BY 1 LIMIT " + LIMIT, like(prefix));
    }

    List<String> databases(String prefix) {
        return strings("SELECT datname FROM pg_catalog.pg_database WHERE datallowconn AND datname LIKE ? "
                + "ORDER BY 1 LIMIT " + LIMIT, like(prefix));
    }

    /** Follows the shell to {@code database}; the connection opens at the next lookup. */
    public void useDatabase(String newDatabase) {
        if (!newDatabase.equals(database)) {
            close();
            database = newDatabase;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // it is being dropped anyway
            }
            connection = null;
        }
    }

    private List<String> strings(String sql, Object... parameters) {
        try {
            Connection c = connection();
            if (c == null) {
                return List.of();
            }
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] instanceof java.sql.Array array) {
                        statement.setArray(i + 1, array);
                    } else {
                        statement.setString(i + 1, (String) parameters[i]);
                    }
                }
                List<String> values = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
                return values;
            }
        } catch (SQLException e) {
            close(); // a lost or broken connection is opened afresh at the next Tab
            return List.of();
        }
    }

    private Object textArray(List<String> values) {
        try {
            Connection c = connection();
            return c == null ? null : c.createArrayOf("text", values.toArray());
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * The lookup connection, or null when the server refuses to stop tracking it (a user who is
     * not superuser): no completion from the catalog is better than polluting the evidence.
     */
    private Connection connection() throws SQLException {
        if (connection != null && !connection.isClosed()) {
            return connection;
        }
        if (database == null) {
            return null;
        }
        Connection c = host.connect(database);
        // set_config with every argument a parameter: a SET statement would itself be recorded
        // (utility statements are tracked before they run), and constants would make
        // pg_stat_statements keep the normalised text; this way not even the switch is seen.
        try (PreparedStatement s = c.prepareStatement("SELECT pg_catalog.set_config(?, ?, ?), "
                + "pg_catalog.set_config(?, ?, ?), pg_catalog.set_config(?, ?, ?)")) {
            String[][] settings = {{"pg_stat_statements.track", "none"}, {"application_name", "ride completion"},
                    {"statement_timeout", "2s"}};
            for (int i = 0; i < settings.length; i++) {
                s.setString(3 * i + 1, settings[i][0]);
                s.setString(3 * i + 2, settings[i][1]);
                s.setBoolean(3 * i + 3, false);
            }
            s.executeQuery().close();
        } catch (SQLException e) {
            c.close();
            return null;
        }
        connection = c;
        return c;
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

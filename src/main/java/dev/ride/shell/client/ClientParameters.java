package dev.ride.shell.client;

import dev.ride.shell.ConnectTarget;
import java.util.HashMap;
import java.util.Map;

/**
 * The first connection of {@code ride psql}, with libpq's precedence: a URI or conninfo string in
 * place of the database name, then the options {@code -d -U -h -p} and the arguments, then
 * {@code PGDATABASE}, {@code PGUSER}, {@code PGHOST}, {@code PGPORT}, {@code PGPASSWORD},
 * {@code PGOPTIONS}, then the defaults (the system user's name; {@code localhost}, since JDBC
 * cannot use a Unix socket; port 5432).
 *
 * @param password the password given by a URI or {@code PGPASSWORD}, or null
 * @param options  the server options ({@code -c name=value ...}), or null
 */
public record ClientParameters(ConnectTarget target, String password, String options) {

    /** @param given the keywords from the command line (dbname, user, host, port), null values for absent ones */
    public static ClientParameters resolve(Map<String, String> given, Map<String, String> env, String systemUser) {
        Map<String, String> values = new HashMap<>();
        given.forEach((key, value) -> {
            if (value != null) {
                values.put(key, value);
            }
        });
        String dbname = values.get("dbname");
        if (ConnInfo.isConnInfo(dbname)) {
            values.remove("dbname");
            values.putAll(ConnInfo.parse(dbname)); // libpq: the expanded string's values win
        }
        String user = first(values.get("user"), env.get("PGUSER"), systemUser);
        String database = first(values.get("dbname"), env.get("PGDATABASE"), user);
        String host = first(values.get("host"), env.get("PGHOST"), "localhost");
        String port = first(values.get("port"), env.get("PGPORT"), "5432");
        String password = first(values.get("password"), env.get("PGPASSWORD"), null);
        String options = first(values.get("options"), env.get("PGOPTIONS"), null);
        return new ClientParameters(new ConnectTarget(database, user, host, port), password, options);
    }

    private static String first(String a, String b, String fallback) {
        if (a != null && !a.isEmpty()) {
            return a;
        }
        return b != null && !b.isEmpty() ? b : fallback;
    }
}

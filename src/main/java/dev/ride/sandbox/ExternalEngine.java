package dev.ride.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import org.postgresql.Driver;

/**
 * A server that already exists, given as {@code jdbc:postgresql://host:port/db?user=..&password=..}
 * (user and password may come from PGUSER / PGPASSWORD instead). ride neither starts nor stops it.
 */
public final class ExternalEngine implements SandboxEngine {

    private final String jdbcUrl;
    private final Map<String, String> env;

    public ExternalEngine(String jdbcUrl) {
        this(jdbcUrl, System.getenv());
    }

    /** {@code env} supplies PGUSER / PGPASSWORD when the URL has no user / password. */
    public ExternalEngine(String jdbcUrl, Map<String, String> env) {
        this.jdbcUrl = jdbcUrl;
        this.env = env;
    }

    @Override
    public String name() {
        return "external";
    }

    /** Parses the URL and checks that the server lets us in; {@code label} is not used. */
    @Override
    public ExternalSandbox start(String label) {
        ExternalSandbox sandbox = parse();
        try (Connection c = sandbox.connect(sandbox.database())) {
            return sandbox;
        } catch (SQLException e) {
            throw new SandboxException("Cannot connect to " + sandbox.host() + ":" + sandbox.port() + "/"
                    + sandbox.database() + " as " + sandbox.user() + ": " + e.getMessage(), e);
        }
    }

    ExternalSandbox parse() {
        Properties parsed = jdbcUrl == null ? null : Driver.parseURL(jdbcUrl, null);
        if (parsed == null) {
            throw new SandboxException("Not a PostgreSQL JDBC URL: " + jdbcUrl
                    + " (expected jdbc:postgresql://host:port/database?user=...&password=...).");
        }
        String host = parsed.getProperty("PGHOST", "localhost");
        String port = parsed.getProperty("PGPORT", "5432");
        if (host.contains(",") || port.contains(",")) {
            throw new SandboxException("Give one server in --jdbc-url, not a list: " + host + ".");
        }
        String database = parsed.getProperty("PGDBNAME", "");
        String user = first(parsed.getProperty("user"), env.get("PGUSER"), "postgres");
        String password = first(parsed.getProperty("password"), env.get("PGPASSWORD"), "");
        Properties options = new Properties();
        for (String key : parsed.stringPropertyNames()) {
            if (!key.startsWith("PG") && !key.equals("user") && !key.equals("password")) {
                options.setProperty(key, parsed.getProperty(key));
            }
        }
        return new ExternalSandbox(host, Integer.parseInt(port), database.isEmpty() ? "postgres" : database,
                user, password, options);
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isEmpty()) {
                return c;
            }
        }
        return candidates[candidates.length - 1];
    }
}

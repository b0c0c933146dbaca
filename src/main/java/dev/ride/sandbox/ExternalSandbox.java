package dev.ride.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A server ride did not start. {@link #close()} leaves it alone: it belongs to someone else.
 *
 * @param database the database named in the URL (where the connection check ran)
 * @param options  the URL's other parameters (sslmode, ...), kept on every connection
 */
public record ExternalSandbox(String host, int port, String database, String user, String password,
                              Properties options) implements Sandbox {

    @Override
    public String engine() {
        return "external";
    }

    @Override
    public String description() {
        return "external server " + host + ":" + port;
    }

    @Override
    public String jdbcUrl(String db) {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port)
                .append('/').append(encode(db));
        char sep = '?';
        for (var option : new TreeMap<>(options).entrySet()) {
            url.append(sep).append(encode(option.getKey().toString())).append('=')
                    .append(encode(option.getValue().toString()));
            sep = '&';
        }
        return url.toString();
    }

    /** The user and password of someone else's server may hold characters a URL must escape. */
    @Override
    public String connectionString(String db) {
        return "postgresql://" + encode(user) + (password.isEmpty() ? "" : ":" + encode(password))
                + "@" + host + ":" + port + "/" + encode(db);
    }

    @Override
    public void close() {
        // not ours to stop
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return description();
    }
}

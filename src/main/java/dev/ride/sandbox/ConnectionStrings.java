package dev.ride.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The two ways ride writes where a server is: a pgjdbc URL, and a libpq URI for the learner's
 * tools; and the login properties every connection of ride's own uses.
 */
public final class ConnectionStrings {

    private ConnectionStrings() {
    }

    public static String jdbcUrl(String host, int port, String database) {
        // pgjdbc URL-decodes the database part: a name with '/', '?' or '%' must be encoded.
        return "jdbc:postgresql://" + host + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /** It carries the password on purpose: the learner pastes it into psql or DBeaver. */
    public static String uri(String user, String password, String host, int port, String database) {
        return "postgresql://" + user + ":" + password + "@" + host + ":" + port + "/" + database;
    }

    /**
     * What ride's own sessions log in with: shown as {@code ride} in {@code pg_stat_activity}, and
     * never waiting longer than 10 s for a server that does not answer.
     */
    public static Properties login(String user, String password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("ApplicationName", "ride");
        props.setProperty("connectTimeout", "10");
        return props;
    }
}

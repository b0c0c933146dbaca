package dev.ride.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The two ways ride writes where a server is: a pgjdbc URL, and a libpq URI for the learner's tools. */
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
}

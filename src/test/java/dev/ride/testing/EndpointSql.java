package dev.ride.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import dev.ride.sandbox.Endpoint;

/**
 * One statement at a time on a part of a sandbox, for the topology tests of both engines, and the
 * wait for what replication makes true sooner or later (it is asynchronous: the tests poll, with a
 * generous limit, rather than assume a delay).
 */
public final class EndpointSql {

    private static final Duration AWAIT_AT_MOST = Duration.ofSeconds(30);

    private EndpointSql() {
    }

    /** The first column of the first row, as text. */
    public static String query(Endpoint e, String database, String sql) throws SQLException {
        try (Connection c = e.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    public static void execute(Endpoint e, String database, String sql) throws SQLException {
        try (Connection c = e.connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Waits until the row {@code id} of the table {@code orders} of database {@code app} is on {@code server}. */
    public static void awaitRow(Endpoint server, int id) throws Exception {
        awaitTrue(server, "app", "select exists (select from orders where id = " + id + ")");
    }

    /** Waits until {@code query} (one boolean) is true on {@code server}. */
    public static void awaitTrue(Endpoint server, String database, String query) throws Exception {
        long deadline = System.nanoTime() + AWAIT_AT_MOST.toNanos();
        while (true) {
            String answer = query(server, database, query);
            if ("t".equals(answer) || "true".equals(answer)) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(server.name() + " never saw: " + query);
            }
            Thread.sleep(20);
        }
    }
}

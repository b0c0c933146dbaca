package dev.ride.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.embedded.EmbeddedEngine;
import dev.ride.sandbox.embedded.EmbeddedSandbox;

/**
 * One real PostgreSQL server shared by every test in the test JVM: started on first use, stopped
 * (and its directory deleted) by the sandbox's own shutdown hook when the JVM exits. Tests must not
 * close it; they should work in their own database ({@link #newDatabase}) so they never collide.
 */
public final class TestSandboxes {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedSandbox shared;

    private TestSandboxes() {
    }

    /** The shared embedded sandbox (user postgres, superuser), started lazily. */
    public static synchronized Sandbox shared() {
        if (shared == null || !shared.serverRunning()) {
            shared = new EmbeddedEngine().start("tests");
        }
        return shared;
    }

    /**
     * Creates a fresh database {@code <prefix>_<n>} in the shared sandbox, with pg_stat_statements
     * created in it as every engine does for scenario databases, and returns its name.
     */
    public static String newDatabase(String prefix) {
        String name = (prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet()).toLowerCase();
        Sandbox sandbox = shared();
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        try (Connection c = sandbox.connect(name); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create pg_stat_statements in " + name, e);
        }
        return name;
    }
}

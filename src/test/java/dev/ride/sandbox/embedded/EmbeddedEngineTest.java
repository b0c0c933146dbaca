package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.Proc;

/** A real server through the embedded engine: start, use, close, nothing left behind. */
class EmbeddedEngineTest {

    @Test
    void startsConnectsAndLeavesNothingBehindWhenClosed() throws Exception {
        EmbeddedSandbox sandbox = new EmbeddedEngine().start("test/embedded");
        long pid = sandbox.pid();
        Path dir = sandbox.directory();
        System.out.println("embedded start -> first login: " + sandbox.startupTime().toMillis() + " ms");
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('server_version_num')::int")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(150000);
        }
        assertThat(sandbox.isAlive()).isTrue();
        assertThat(sandbox.host()).isEqualTo("127.0.0.1");
        assertThat(sandbox.password()).hasSizeGreaterThanOrEqualTo(20);

        sandbox.close();
        sandbox.close(); // idempotent

        assertThat(Proc.isRunning(pid)).isFalse();
        assertThat(Files.exists(dir)).isFalse();
        assertThat(sandbox.isAlive()).isFalse();
        assertThat(ProcessHandle.current().descendants().filter(p -> Proc.commandLine(p.pid()).contains(dir.toString())))
                .isEmpty();
    }

    /**
     * A start given up by interrupting its thread (a broken manifest read meanwhile) cleans up on
     * that thread: the server is stopped and waited for, and the directory deleted, and the
     * interrupt is still there for the caller afterwards.
     */
    @Test
    void aSandboxClosedOnAnInterruptedThreadIsStillStoppedAndDeleted() throws Exception {
        EmbeddedSandbox sandbox = new EmbeddedEngine().start("test/interrupted");
        long pid = sandbox.pid();
        Path dir = sandbox.directory();

        Thread.currentThread().interrupt();
        try {
            sandbox.close();
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt, kept for the caller").isTrue();
        }

        assertThat(Proc.isRunning(pid)).isFalse();
        assertThat(Files.exists(dir)).as("the sandbox directory").isFalse();
        assertThat(ProcessHandle.current().descendants().filter(p -> Proc.commandLine(p.pid()).contains(dir.toString())))
                .isEmpty();
    }

    @Test
    void initdbRunsOnceThenEmptyClustersAreCopiesWithTheirOwnPassword(@TempDir Path cache) throws Exception {
        EmbeddedEngine engine = new EmbeddedEngine().withPreparedCache(cache);
        String initdbSays = "The files belonging to this database system will be owned by user";
        String firstPassword;
        try (EmbeddedSandbox first = engine.start("test/empty-1")) {
            firstPassword = first.password();
            assertThat(Files.readString(first.directory().resolve("server.log"))).contains(initdbSays);
        }
        try (EmbeddedSandbox second = engine.start("test/empty-2");
             Connection c = second.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_database")) {
            assertThat(Files.readString(second.directory().resolve("server.log")))
                    .as("a copy of the cached cluster, no initdb").doesNotContain(initdbSays);
            rs.next();
            assertThat(rs.getInt(1)).as("template0, template1, postgres").isEqualTo(3);
            assertThat(second.password()).isNotEqualTo(firstPassword);
            java.util.Properties old = new java.util.Properties();
            old.setProperty("user", second.user());
            old.setProperty("password", firstPassword);
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + second.port() + "/postgres", old).close())
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void pgStatStatementsIsPreloadedAndCreatable() throws Exception {
        try (EmbeddedSandbox sandbox = new EmbeddedEngine().start("test/pgss");
             Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("create database pgss");
            try (Connection db = sandbox.connect("pgss"); Statement t = db.createStatement()) {
                t.execute("create extension pg_stat_statements");
                t.execute("select 12345 as marker_query");
                try (ResultSet rs = t.executeQuery(
                        "select count(*) from pg_stat_statements where query like '%marker_query%'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isPositive();
                }
            }
        }
    }

    /**
     * A CDC consumer's logical slot made by a setup (stage-04/09) is in the prepared copy, and a
     * drill started from that copy decodes through it: the server runs with wal_level logical.
     */
    @Test
    void aSetupMayLeaveALogicalSlotThatACopyStartsWith(@TempDir Path cache) throws Exception {
        EmbeddedEngine engine = new EmbeddedEngine().withPreparedCache(cache);
        dev.ride.sandbox.PreparedState withSlot = new dev.ride.sandbox.PreparedState("logical-slot", sandbox -> {
            try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("select pg_create_logical_replication_slot('indexer', 'test_decoding')");
                s.execute("create table items (id int)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        engine.start("test/logical-1", withSlot).close();
        try (EmbeddedSandbox copy = engine.start("test/logical-2", withSlot);
             Connection c = copy.connect("postgres"); Statement s = c.createStatement()) {
            // flushed at commit: decoding reads only flushed WAL (ride's servers commit asynchronously)
            s.execute("set synchronous_commit = on");
            s.execute("insert into items values (1)");
            try (ResultSet rs = s.executeQuery("select current_setting('wal_level'), "
                    + "(select count(*) from pg_logical_slot_get_changes('indexer', null, null) where data like '%items%')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("logical");
                assertThat(rs.getLong(2)).as("the insert, decoded through the setup's slot").isPositive();
            }
        }
    }

    @Test
    void serverIsNotRootAndListensOnLoopbackOnly() throws Exception {
        try (EmbeddedSandbox sandbox = new EmbeddedEngine().start("test/privileges");
             Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
            int serverUid = (int) Files.getAttribute(Path.of("/proc", Long.toString(sandbox.pid())), "unix:uid");
            assertThat(serverUid).isNotZero();
            if (Proc.currentUid() == 0) {
                assertThat(serverUid).isEqualTo(ServerUser.NOBODY);
                assertThatThrownBy(() -> s.executeQuery("select pg_read_file('/etc/shadow')"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("Permission denied");
            }
            try (ResultSet rs = s.executeQuery("select current_setting('listen_addresses')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            }
            assertThat(ListeningSockets.of(sandbox.port())).containsOnly("127.0.0.1");
        }
    }

    @Test
    void serverRunsInItsOwnSessionSoCtrlCAtTheTerminalDoesNotReachIt() throws Exception {
        try (EmbeddedSandbox sandbox = new EmbeddedEngine().start("test/session")) {
            assertThat(session(sandbox.pid())).isNotEqualTo(session(ProcessHandle.current().pid()));
        }
    }

    /** Field 6 of /proc/pid/stat, counted after the parenthesised command name. */
    private static String session(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3];
    }
}

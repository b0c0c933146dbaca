package dev.ride.sandbox.embedded;

import static dev.ride.testing.EndpointSql.awaitTrue;
import static dev.ride.testing.EndpointSql.execute;
import static dev.ride.testing.EndpointSql.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.ConfigChoice;
import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.OperatorAction;
import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.Proc;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.Topology;
import dev.ride.sandbox.TopologyContract;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.testing.AppState;

/**
 * {@link TopologyContract} on the embedded engine (servers and the host's PgBouncer behind
 * watchdogs, in sandbox directories), and what only it has: the start figures, the missing
 * PgBouncer, a choice in the pooler's pgbouncer.ini on the host.
 */
class EmbeddedTopologyTest extends TopologyContract {

    private static final PreparedState APP = AppState.APP;

    @TempDir
    Path cache;

    @Override
    protected EmbeddedTopology start(Topology topology) {
        return new EmbeddedEngine().withPreparedCache(cache).start("test/topology", APP, topology);
    }

    /** Each part a process in a sandbox directory of its own; pgbouncer.ini on the host, without the password. */
    @Override
    protected void checkTheEnginesOwnParts(TopologySandbox sandbox) throws Exception {
        EmbeddedTopology t = (EmbeddedTopology) sandbox;
        Endpoint primary = t.endpoint("primary").orElseThrow();
        Endpoint pooler = t.pooler().orElseThrow();
        assertThat(query(pooler, "app", "select inet_server_port()::text")).isEqualTo(Integer.toString(primary.port()));
        assertThat(partPids(t)).allMatch(Proc::isRunning);
        assertThat(Files.readString(t.directoryOf("pooler").resolve("data/pgbouncer.ini")))
                .contains("pool_mode = transaction", "listen_addr = 127.0.0.1", "auth_type = scram-sha-256")
                .doesNotContain(t.password());
        assertThat(Files.readString(t.directoryOf("pooler").resolve("server.log"))).doesNotContain(t.password());
    }

    /** Every part's process stopped and its directory removed. */
    @Override
    protected AfterClose nothingLeftOf(TopologySandbox sandbox) throws Exception {
        EmbeddedTopology t = (EmbeddedTopology) sandbox;
        List<Long> pids = partPids(t);
        List<Path> dirs = new ArrayList<>();
        for (Endpoint part : t.endpoints()) {
            dirs.add(t.directoryOf(part.name()));
        }
        return () -> {
            assertThat(pids).noneMatch(Proc::isRunning);
            assertThat(dirs).noneMatch(Files::exists);
        };
    }

    private static List<Long> partPids(EmbeddedTopology t) throws Exception {
        List<Long> pids = new ArrayList<>();
        for (Endpoint part : t.endpoints()) {
            pids.add(Long.parseLong(Files.readString(t.directoryOf(part.name()).resolve("server.pid")).trim()));
        }
        return pids;
    }

    /** Figures for the targets, printed (never asserted): warm start, reset, promote. */
    /**
     * An old primary that came back on its old timeline after a failover and took writes there:
     * rebuild-standby makes it a standby of the promoted server, its diverged row gone.
     */
    @Test
    void anOldPrimaryWhoseTimelineDivergedIsRebuiltAsAStandbyOfTheNewPrimary() throws Exception {
        try (TopologySandbox t = start(new Topology("primary", List.of(Topology.Standby.plain("standby")), Optional.empty()))) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            assertThatThrownBy(() -> t.act(OperatorAction.REBUILD_STANDBY, "primary"))
                    .hasMessage("rebuild-standby rebuilds one of the standbys; primary is the primary.");

            t.act(OperatorAction.STOP_SERVER, "primary");
            t.act(OperatorAction.PROMOTE, "standby");
            execute(standby, "app", "insert into orders values (2, 'on the new timeline')");
            assertThat(t.act(OperatorAction.START_SERVER, "primary")).isEqualTo("primary started as a primary.");
            execute(primary, "app", "insert into orders values (3, 'on the old timeline only')");

            assertThat(t.act(OperatorAction.REBUILD_STANDBY, "primary"))
                    .isEqualTo("primary was rebuilt from a fresh base backup of standby and started as a standby.");
            assertThat(query(primary, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("true");
            execute(standby, "app", "insert into orders values (4, 'streamed to the old primary')");
            awaitTrue(primary, "app", "select array_agg(id order by id) = '{1,2,4}' from orders");
            awaitTrue(standby, "postgres", "select exists (select from pg_stat_replication where application_name = 'primary'"
                    + " and state = 'streaming')");
            assertThat(query(primary, "postgres", "select timeline_id::text from pg_control_checkpoint()")).isEqualTo("2");

            t.resetTopology();
            assertThat(query(primary, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("false");
            assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("true");
        }
    }

    @Test
    void printsTheTimesOfAWarmStartAResetAndAPromotion() throws Exception {
        Topology plain = new Topology("primary", List.of(Topology.Standby.plain("standby")), Optional.empty());
        start(plain).close(); // the first run prepares the state
        for (int run = 1; run <= 3; run++) {
            long begin = System.nanoTime();
            try (EmbeddedTopology t = start(plain)) {
                long started = System.nanoTime();
                t.resetTopology();
                long reset = System.nanoTime();
                t.act(OperatorAction.PROMOTE, "standby");
                long promoted = System.nanoTime();
                execute(t.endpoint("standby").orElseThrow(), "app", "insert into orders values (9, 'x')");
                System.out.printf("topology primary+standby, warm run %d: start %d ms, reset %d ms, promote to first write %d ms%n",
                        run, (started - begin) / 1_000_000, (reset - started) / 1_000_000, (System.nanoTime() - reset) / 1_000_000);
            }
        }
    }

    /**
     * A warm start copies the cache's entry straight into every server: the entry's password (the
     * same for every run) must log in nowhere once the start or a reset returns, the run's
     * everywhere, a restarted standby included; and a reset after a promotion, which copies only
     * what differs, leaves no trace of it (timeline, data, the server log).
     */
    @Test
    void theCachedCopysPasswordLogsInNowhereAndAResetAfterAPromotionLeavesNoTrace() throws Exception {
        Topology plain = new Topology("primary", List.of(Topology.Standby.plain("standby")), Optional.empty());
        start(plain).close(); // the first run prepares the state
        List<String> prepared = new ArrayList<>();
        try (var entries = Files.list(cache)) {
            for (Path entry : entries.toList()) {
                prepared.add(Files.readString(entry.resolve("password")).trim());
            }
        }
        assertThat(prepared).isNotEmpty();
        try (EmbeddedTopology t = start(plain)) {
            onlyTheRunsPasswordLogsIn(t, prepared);

            Endpoint standby = t.endpoint("standby").orElseThrow();
            t.act(OperatorAction.PROMOTE, "standby");
            execute(standby, "app", "insert into orders values (9, 'written after the promotion')");
            t.act(OperatorAction.STOP_SERVER, "primary");
            t.resetTopology();

            onlyTheRunsPasswordLogsIn(t, prepared);
            assertThat(query(standby, "app", "select pg_is_in_recovery()::text")).isEqualTo("true");
            assertThat(query(standby, "app", "select count(*)::text from orders where id = 9")).isEqualTo("0");
            assertThat(query(standby, "postgres", "select timeline_id::text from pg_control_checkpoint()")).isEqualTo("1");
            assertThat(Files.readString(t.directoryOf("standby").resolve("data/log/postgresql.log")))
                    .doesNotContain("selected new timeline ID");

            t.act(OperatorAction.STOP_SERVER, "standby");
            t.act(OperatorAction.START_SERVER, "standby");
            onlyTheRunsPasswordLogsIn(t, prepared);
        }
    }

    private static void onlyTheRunsPasswordLogsIn(EmbeddedTopology t, List<String> others) throws SQLException {
        for (Endpoint server : List.of(t.endpoint("primary").orElseThrow(), t.endpoint("standby").orElseThrow())) {
            assertThat(query(server, "postgres", "select current_user::text")).isEqualTo("postgres");
            for (String password : others) {
                java.util.Properties login = new java.util.Properties();
                login.setProperty("user", server.user());
                login.setProperty("password", password);
                assertThatThrownBy(() -> java.sql.DriverManager.getConnection(server.jdbcUrl("postgres"), login).close())
                        .as("the cached copy's password on " + server.name())
                        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            }
        }
    }

    @Test
    void withoutPgBouncerNothingStartsAndOneSentenceSaysWhy() {
        assertThatThrownBy(() -> PgBouncerBinary.require(java.util.Map.of("RIDE_PGBOUNCER", "/nonexistent/pgbouncer")))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("needs PgBouncer")
                .hasMessageContaining("--engine docker");
        assertThat(PgBouncerBinary.find(java.util.Map.of("PATH", "/nonexistent"))).contains(Path.of(PgBouncerBinary.DEBIAN));
    }

    @Test
    void aChoiceIsWrittenToPgbouncerIniAndTakesEffectAtTheReloadUntilTheReset() throws Exception {
        java.util.Map<String, java.util.Map<String, String>> options = new java.util.LinkedHashMap<>();
        options.put("transaction", java.util.Map.of("pool_mode", "transaction"));
        options.put("session", java.util.Map.of("pool_mode", "session"));
        ConfigChoice poolMode = new ConfigChoice("app-pool-mode", "the app database's pool mode", "pooler", "app", options);
        Topology pooled = new Topology("primary", List.of(), PAUSED_STANDBY_WITH_SLOT_AND_POOLER.pooler(), List.of(poolMode));
        try (EmbeddedTopology t = start(pooled)) {
            Endpoint pooler = t.pooler().orElseThrow();
            Path ini = t.directoryOf("pooler").resolve("data").resolve("pgbouncer.ini");

            assertThat(t.choose(poolMode, "session")).contains("app pool_mode=session").contains("reload-config pooler");
            assertThat(Files.readString(ini)).contains("app = host=127.0.0.1 port=" + t.port() + " pool_mode=session");
            assertThat(poolModeOf(pooler, "app")).as("an edited file is read at the reload").isNotEqualTo("session");

            t.act(OperatorAction.RELOAD_CONFIG, "pooler");
            assertThat(poolModeOf(pooler, "app")).isEqualTo("session");
            assertThatThrownBy(() -> t.choose(poolMode, "statement"))
                    .isInstanceOf(SandboxException.class).hasMessageContaining("its options: transaction, session");

            t.resetTopology();
            assertThat(Files.readString(ini)).doesNotContain("app =");
            assertThat(poolModeOf(t.pooler().orElseThrow(), "app")).isNotEqualTo("session");
        }
    }

    /** The pool_mode column of PgBouncer's SHOW DATABASES for one database (null while it has no entry). */
    private static String poolModeOf(Endpoint pooler, String database) throws SQLException {
        try (Connection admin = pooler.connect("pgbouncer"); Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SHOW DATABASES")) {
            while (rs.next()) {
                if (database.equals(rs.getString("name"))) {
                    return rs.getString("pool_mode");
                }
            }
            return null;
        }
    }
}

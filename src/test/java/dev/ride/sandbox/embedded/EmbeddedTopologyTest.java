package dev.ride.sandbox.embedded;

import static dev.ride.testing.EndpointSql.awaitRow;
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
import java.time.Duration;
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
import dev.ride.testing.AppState;

/** A primary, a streaming standby and PgBouncer, all real, started by the embedded engine. */
class EmbeddedTopologyTest {

    private static final PreparedState APP = AppState.APP;

    private static final Topology STANDBY_WITH_SLOT_AND_POOLER = new Topology("primary",
            List.of(new Topology.Standby("standby", true, false, true, Duration.ZERO, false)),
            Optional.of(new Topology.Pooler("pooler", Topology.PoolMode.TRANSACTION, 3, 0, 0, 20, 0,
                    Topology.PoolerAuth.SCRAM_SHA_256)));

    @TempDir
    Path cache;

    private EmbeddedTopology start(Topology topology) {
        return new EmbeddedEngine().withPreparedCache(cache).start("test/topology", APP, topology);
    }

    @Test
    void theStandbyStreamsThroughItsSlotAndThePoolerLeadsToThePrimary() throws Exception {
        List<Long> pids = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        try (EmbeddedTopology t = start(STANDBY_WITH_SLOT_AND_POOLER)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            Endpoint pooler = t.pooler().orElseThrow();
            assertThat(t.endpoints()).extracting(Endpoint::name).containsExactly("primary", "standby", "pooler");
            assertThat(t.endpoints()).allSatisfy(e -> {
                assertThat(e.host()).isEqualTo("127.0.0.1");
                assertThat(e.password()).isEqualTo(t.password()).hasSizeGreaterThanOrEqualTo(20);
            });
            assertThat(t.endpoints()).extracting(Endpoint::port).doesNotHaveDuplicates();
            assertThat(t.port()).isEqualTo(primary.port());
            assertThat(standby.connectionString("app")).isEqualTo(
                    "postgresql://postgres:" + t.password() + "@127.0.0.1:" + standby.port() + "/app");

            assertThat(query(standby, "app", "select pg_is_in_recovery()::text")).isEqualTo("true");
            assertThat(query(standby, "app", "select note from orders where id = 1")).isEqualTo("prepared");
            execute(primary, "app", "insert into orders values (2, 'written on the primary')");
            awaitRow(standby, 2);
            assertThat(query(primary, "postgres",
                    "select slot_name || ' ' || active from pg_replication_slots")).isEqualTo("standby true");
            assertThat(query(primary, "postgres",
                    "select application_name || ' ' || state from pg_stat_replication")).isEqualTo("standby streaming");
            assertThat(query(standby, "postgres", "show hot_standby_feedback")).isEqualTo("on");
            assertThat(query(standby, "postgres", "show primary_conninfo")).doesNotContain(t.password());
            assertThatThrownBy(() -> execute(standby, "app", "insert into orders values (3, 'no')"))
                    .hasMessageContaining("read-only transaction");

            assertThat(query(pooler, "app", "select count(*)::text from orders")).isEqualTo("2");
            // another role (an actor's) logs in through the pooler with its own password: auth_query
            execute(primary, "app", "create role checkout login password 'checkout-secret'; grant select on orders to checkout");
            try (Connection c = java.sql.DriverManager.getConnection(pooler.jdbcUrl("app"), "checkout", "checkout-secret");
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_user, count(*) from orders")) {
                rs.next();
                assertThat(rs.getString(1) + " " + rs.getInt(2)).isEqualTo("checkout 2");
            }
            assertThat(query(pooler, "app", "select inet_server_port()::text")).isEqualTo(Integer.toString(primary.port()));
            try (Connection admin = pooler.connect("pgbouncer"); Statement s = admin.createStatement();
                 ResultSet rs = s.executeQuery("SHOW POOLS")) {
                List<String> pools = new ArrayList<>();
                while (rs.next()) {
                    pools.add(rs.getString("database") + "/" + rs.getString("user") + "/" + rs.getString("pool_mode"));
                }
                assertThat(pools).contains("app/postgres/transaction");
            }
            for (Path d : List.of(t.directoryOf("primary"), t.directoryOf("standby"), t.directoryOf("pooler"))) {
                dirs.add(d);
                pids.add(Long.parseLong(Files.readString(d.resolve("server.pid")).trim()));
            }
            assertThat(pids).allMatch(Proc::isRunning);
            assertThat(Files.readString(t.directoryOf("pooler").resolve("data/pgbouncer.ini")))
                    .contains("pool_mode = transaction", "listen_addr = 127.0.0.1", "auth_type = scram-sha-256")
                    .doesNotContain(t.password());
            assertThat(Files.readString(t.directoryOf("pooler").resolve("server.log"))).doesNotContain(t.password());
        }
        assertThat(pids).noneMatch(Proc::isRunning);
        assertThat(dirs).noneMatch(Files::exists);
    }

    @Test
    void replayPausedAtStartKeepsTheStandbyStaleUntilResumed() throws Exception {
        Topology paused = new Topology("primary",
                List.of(new Topology.Standby("standby", false, false, false, Duration.ZERO, true)), Optional.empty());
        try (EmbeddedTopology t = start(paused)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            assertThat(query(standby, "postgres", "select pg_get_wal_replay_pause_state()")).isEqualTo("paused");
            execute(primary, "app", "insert into orders values (2, 'while paused')");
            String written = query(primary, "postgres", "select pg_current_wal_lsn()::text");
            awaitTrue(standby, "postgres", "select pg_last_wal_receive_lsn() >= '" + written + "'::pg_lsn");
            assertThat(query(standby, "app", "select count(*)::text from orders")).as("received, not replayed").isEqualTo("1");

            assertThat(t.act(OperatorAction.RESUME_REPLAY, "standby")).isEqualTo("Replay on standby resumed.");
            awaitRow(standby, 2);
            assertThat(t.act(OperatorAction.PAUSE_REPLAY, "standby")).isEqualTo("Replay on standby is paused.");
            assertThat(query(standby, "postgres", "select pg_get_wal_replay_pause_state() <> 'not paused'")).isEqualTo("t");
        }
    }

    @Test
    void operatorActionsAndAResetThatUndoesAPromotion() throws Exception {
        Topology plain = new Topology("primary", List.of(Topology.Standby.plain("standby")), Optional.empty());
        try (EmbeddedTopology t = start(plain)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();

            assertThat(t.act(OperatorAction.STOP_SERVER, "primary")).startsWith("primary crashed");
            assertThat(t.isRunning("primary")).isFalse();
            assertThat(t.isAlive()).as("a crashed primary is part of the drill").isTrue();
            assertThatThrownBy(() -> query(primary, "postgres", "select 1")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> t.act(OperatorAction.STOP_SERVER, "primary"))
                    .isInstanceOf(SandboxException.class).hasMessage("primary is not running: start-server starts it.");
            assertThat(t.act(OperatorAction.START_SERVER, "primary")).isEqualTo("primary started as a primary.");
            execute(primary, "app", "insert into orders values (2, 'after the crash')");
            awaitRow(standby, 2);

            assertThatThrownBy(() -> t.act(OperatorAction.PROMOTE, "primary"))
                    .hasMessage("Cannot promote primary: it is a primary, not a standby.");
            assertThatThrownBy(() -> t.act(OperatorAction.PROMOTE, "replica"))
                    .hasMessage("No server named 'replica': this sandbox has primary, standby.");
            assertThat(t.act(OperatorAction.FENCE, "primary")).startsWith("primary is fenced");
            assertThatThrownBy(() -> t.act(OperatorAction.START_SERVER, "primary"))
                    .hasMessage("primary is fenced: it stays down until :reset.");
            assertThat(t.act(OperatorAction.PROMOTE, "standby")).startsWith("standby was promoted");
            execute(standby, "app", "insert into orders values (3, 'on the new primary')");
            assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("false");
            assertThat(t.act(OperatorAction.RELOAD_CONFIG, "standby")).isEqualTo("standby re-read its configuration.");

            t.resetTopology();

            assertThat(t.isRunning("primary")).isTrue();
            assertThat(t.endpoint("primary").orElseThrow().port()).isEqualTo(primary.port());
            assertThat(query(primary, "app", "select count(*)::text from orders")).isEqualTo("1");
            assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("true");
            execute(primary, "app", "insert into orders values (2, 'after the reset')");
            awaitRow(standby, 2);
        }
    }

    @Test
    void aBaseBackupWithWalRestoresElsewhereAndOneWithoutCannot() throws Exception {
        Topology plain = new Topology("primary", List.of(Topology.Standby.plain("standby")), Optional.empty());
        try (EmbeddedTopology t = start(plain)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            assertThatThrownBy(() -> t.act(OperatorAction.RESTORE_BACKUP, "standby"))
                    .hasMessage("No base backup to restore: take-base-backup takes one.");
            assertThatThrownBy(() -> t.act(OperatorAction.TAKE_BASE_BACKUP, "standby"))
                    .hasMessageContaining("Take the base backup on a primary: standby is a standby.");
            execute(primary, "app", "insert into orders values (2, 'in the backup')");

            assertThat(t.act(OperatorAction.TAKE_BASE_BACKUP, "primary")).isEqualTo("Base backup of primary taken with its WAL.");
            execute(primary, "app", "insert into orders values (3, 'after the backup')");
            assertThat(t.act(OperatorAction.RESTORE_BACKUP, "standby")).startsWith("The base backup was restored into standby");

            assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("false");
            assertThat(query(standby, "app", "select string_agg(id::text, ',' order by id) from orders")).isEqualTo("1,2");
            execute(standby, "app", "insert into orders values (4, 'written on the restored server')");
            assertThat(query(primary, "app", "select count(*)::text from orders")).isEqualTo("3");

            assertThat(t.act(OperatorAction.TAKE_BASE_BACKUP_WITHOUT_WAL, "primary")).endsWith("without WAL.");
            assertThatThrownBy(() -> t.act(OperatorAction.RESTORE_BACKUP, "standby"))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("could not locate");
            assertThat(t.isRunning("standby")).isFalse();

            t.resetTopology();
            assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("true");
            assertThatThrownBy(() -> t.act(OperatorAction.RESTORE_BACKUP, "standby")).hasMessageStartingWith("No base backup");
        }
    }

    @Test
    void aSynchronousDelayedStandbyAndAnMd5Pooler() throws Exception {
        Topology sync = new Topology("primary",
                List.of(new Topology.Standby("standby", false, true, false, Duration.ofMinutes(5), false)),
                Optional.of(new Topology.Pooler("bouncer", Topology.PoolMode.SESSION, 2, 0, 0, 10, 0, Topology.PoolerAuth.MD5)));
        try (EmbeddedTopology t = start(sync)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            Endpoint bouncer = t.endpoint("bouncer").orElseThrow();
            assertThat(query(primary, "postgres", "show synchronous_standby_names")).isEqualTo("standby");
            assertThat(query(primary, "postgres", "show synchronous_commit")).isEqualTo("on");
            awaitTrue(primary, "postgres", "select exists (select from pg_stat_replication where application_name = 'standby' and sync_state = 'sync')");
            assertThat(query(standby, "postgres", "show recovery_min_apply_delay")).isEqualTo("5min");
            execute(primary, "app", "insert into orders values (2, 'committed once the standby has it')");
            assertThat(query(standby, "app", "select count(*)::text from orders")).as("applied only after 5 minutes").isEqualTo("1");

            assertThat(bouncer.kind()).isEqualTo(Endpoint.Kind.POOLER);
            assertThat(query(bouncer, "app", "select count(*)::text from orders")).isEqualTo("2");
            assertThat(t.act(OperatorAction.RELOAD_CONFIG, "bouncer")).isEqualTo("bouncer re-read its configuration.");
            assertThat(query(bouncer, "pgbouncer", "show config")).isNotNull();

            t.act(OperatorAction.STOP_SERVER, "standby");
            assertThat(t.isRunning("standby")).isFalse();
            t.resetTopology();
            assertThat(t.isRunning("standby")).isTrue();
            assertThat(t.isRunning("bouncer")).isTrue();
            assertThat(query(bouncer, "app", "select count(*)::text from orders")).isEqualTo("1");
        }
    }

    /** Figures for the targets, printed (never asserted): warm start, reset, promote. */
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
        Topology pooled = new Topology("primary", List.of(), STANDBY_WITH_SLOT_AND_POOLER.pooler(), List.of(poolMode));
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

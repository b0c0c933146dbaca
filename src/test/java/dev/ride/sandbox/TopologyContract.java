package dev.ride.sandbox;

import static dev.ride.testing.EndpointSql.awaitRow;
import static dev.ride.testing.EndpointSql.awaitTrue;
import static dev.ride.testing.EndpointSql.execute;
import static dev.ride.testing.EndpointSql.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * What every engine's topology does, asserted once for both: a streaming standby that is
 * read-only, replay paused and resumed, stop-server and start-server, fence, promote, PgBouncer in
 * front, repoint-pooler, base backups and restores, a reset that undoes it all, and the one
 * sentence of each refusal. The embedded engine's test and the docker engine's IT extend it, say
 * how a topology starts, and add what only their engine has (processes and directories,
 * containers and a network). Real servers, real PgBouncer, real logins.
 */
public abstract class TopologyContract {

    /** A standby streaming through a slot, with feedback, its replay paused at start; PgBouncer in transaction mode. */
    protected static final Topology PAUSED_STANDBY_WITH_SLOT_AND_POOLER = new Topology("primary",
            List.of(new Topology.Standby("standby", true, false, true, Duration.ZERO, true)),
            Optional.of(new Topology.Pooler("pooler", Topology.PoolMode.TRANSACTION, 3, 0, 0, 20, 0,
                    Topology.PoolerAuth.SCRAM_SHA_256)));

    /** A synchronous standby applying WAL 5 minutes late, no slot; a pooler of another name in session mode with md5. */
    protected static final Topology SYNC_DELAYED_STANDBY_AND_MD5_POOLER = new Topology("primary",
            List.of(new Topology.Standby("standby", false, true, false, Duration.ofMinutes(5), false)),
            Optional.of(new Topology.Pooler("bouncer", Topology.PoolMode.SESSION, 2, 0, 0, 10, 0, Topology.PoolerAuth.MD5)));

    /** A check run after {@link TopologySandbox#close()}. */
    @FunctionalInterface
    protected interface AfterClose {
        void check() throws Exception;
    }

    /** Starts {@code topology} from {@link dev.ride.testing.AppState#APP} on the engine under test. */
    protected abstract TopologySandbox start(Topology topology);

    /** What only this engine shows of a running topology (its processes and files, its containers). */
    protected abstract void checkTheEnginesOwnParts(TopologySandbox t) throws Exception;

    /**
     * Notes what this engine made for {@code t} (processes, directories, containers, network)
     * and returns the check, run once {@code t} is closed, that none of it is left.
     */
    protected abstract AfterClose nothingLeftOf(TopologySandbox t) throws Exception;

    /** Refusals only this engine makes, on a fresh {@link #PAUSED_STANDBY_WITH_SLOT_AND_POOLER}; none by default. */
    protected void checkRefusalsOnlyThisEngineMakes(TopologySandbox t) throws Exception {
    }

    @Test
    void theStandbyStreamsThroughItsSlotIsReadOnlyAndThePoolerLeadsToThePrimary() throws Exception {
        try (TopologySandbox t = start(PAUSED_STANDBY_WITH_SLOT_AND_POOLER)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            Endpoint pooler = t.pooler().orElseThrow();
            assertThat(t.endpoints()).extracting(Endpoint::name).containsExactly("primary", "standby", "pooler");
            assertThat(t.endpoints()).extracting(Endpoint::kind)
                    .containsExactly(Endpoint.Kind.PRIMARY, Endpoint.Kind.STANDBY, Endpoint.Kind.POOLER);
            assertThat(t.endpoints()).allSatisfy(e -> {
                assertThat(e.host()).isEqualTo("127.0.0.1");
                assertThat(e.password()).isEqualTo(t.password()).hasSizeGreaterThanOrEqualTo(20);
            });
            assertThat(t.endpoints()).extracting(Endpoint::port).doesNotHaveDuplicates();
            assertThat(t.port()).isEqualTo(primary.port());
            assertThat(standby.connectionString("app")).isEqualTo(
                    "postgresql://postgres:" + t.password() + "@127.0.0.1:" + standby.port() + "/app");
            checkTheEnginesOwnParts(t);

            assertThat(query(standby, "app", "select pg_is_in_recovery()::text")).isEqualTo("true");
            assertThat(query(standby, "postgres", "select pg_get_wal_replay_pause_state()")).as("paused at start").isEqualTo("paused");
            assertThat(query(standby, "app", "select note from orders where id = 1")).isEqualTo("prepared");
            assertThat(t.act(OperatorAction.RESUME_REPLAY, "standby")).isEqualTo("Replay on standby resumed.");
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
            assertThat(query(pooler, "app", "select pg_is_in_recovery()::text")).as("the pooler leads to the primary").isEqualTo("false");
            // another role (an actor's) logs in through the pooler with its own password: auth_query
            execute(primary, "app", "create role checkout login password 'checkout-secret'; grant select on orders to checkout");
            try (Connection c = DriverManager.getConnection(pooler.jdbcUrl("app"), "checkout", "checkout-secret");
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_user, count(*) from orders")) {
                rs.next();
                assertThat(rs.getString(1) + " " + rs.getInt(2)).isEqualTo("checkout 2");
            }
            assertThat(pools(pooler)).contains("app/postgres/transaction", "app/checkout/transaction");
            assertThat(t.act(OperatorAction.RELOAD_CONFIG, "pooler")).isEqualTo("pooler re-read its configuration.");
            assertThat(t.isRunning("pooler")).isTrue();
            assertThat(query(pooler, "app", "select count(*)::text from orders")).isEqualTo("2");
        }
    }

    @Test
    void replayPausedAtStartKeepsTheStandbyStaleUntilResumed() throws Exception {
        try (TopologySandbox t = start(PAUSED_STANDBY_WITH_SLOT_AND_POOLER)) {
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
            assertThatThrownBy(() -> t.act(OperatorAction.PAUSE_REPLAY, "primary"))
                    .isInstanceOf(SandboxException.class)
                    .hasMessage("Cannot pause replay on primary: it is a primary, not a standby.");
        }
    }

    /**
     * The end of a server's log file once it holds {@code line}: the logging collector writes the
     * postmaster's last lines as it exits, a moment after the postmaster itself.
     */
    private static String awaitLogLine(TopologySandbox t, String server, String line) throws InterruptedException {
        String tail = t.serverLogTail(server, 10);
        for (int i = 0; i < 100 && !tail.contains(line); i++) {
            Thread.sleep(100);
            tail = t.serverLogTail(server, 10);
        }
        return tail;
    }

    @Test
    void stopStartFencePromoteRepointAndAResetThatUndoesThemAll() throws Exception {
        try (TopologySandbox t = start(PAUSED_STANDBY_WITH_SLOT_AND_POOLER)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            Endpoint pooler = t.pooler().orElseThrow();
            Map<String, Integer> startPorts = ports(t);
            String password = t.password();
            t.act(OperatorAction.RESUME_REPLAY, "standby");

            assertThat(t.act(OperatorAction.STOP_SERVER, "primary")).startsWith("primary crashed");
            assertThat(t.isRunning("primary")).isFalse();
            assertThat(t.isAlive()).as("a crashed primary is part of the drill").isTrue();
            assertThat(awaitLogLine(t, "primary", "database system is shut down"))
                    .as("its log, read from its files while it is down, says why").contains("received immediate shutdown request");
            assertThatThrownBy(() -> t.serverLogTail(pooler.name(), 5))
                    .isInstanceOf(SandboxException.class).hasMessage("No server named 'pooler': this sandbox has primary, standby.");
            assertThatThrownBy(() -> query(primary, "postgres", "select 1")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> t.act(OperatorAction.STOP_SERVER, "primary"))
                    .isInstanceOf(SandboxException.class).hasMessage("primary is not running: start-server starts it.");
            assertThatThrownBy(() -> t.act(OperatorAction.RELOAD_CONFIG, "primary"))
                    .isInstanceOf(SandboxException.class).hasMessage("primary is not running: start-server starts it.");
            assertThat(t.act(OperatorAction.START_SERVER, "primary")).isEqualTo("primary started as a primary.");
            execute(primary, "app", "insert into orders values (2, 'after the crash')");
            awaitRow(standby, 2);

            assertThatThrownBy(() -> t.act(OperatorAction.PROMOTE, "primary"))
                    .isInstanceOf(SandboxException.class).hasMessage("Cannot promote primary: it is a primary, not a standby.");
            assertThatThrownBy(() -> t.act(OperatorAction.PROMOTE, "replica"))
                    .isInstanceOf(SandboxException.class).hasMessage("No server named 'replica': this sandbox has primary, standby.");
            assertThatThrownBy(() -> t.act(OperatorAction.CHOOSE, "primary"))
                    .isInstanceOf(SandboxException.class).hasMessage("choose takes a choice and an option: :action choose NAME OPTION");
            assertThat(t.act(OperatorAction.FENCE, "primary")).startsWith("primary is fenced");
            assertThat(t.isRunning("primary")).isFalse();
            assertThatThrownBy(() -> t.act(OperatorAction.START_SERVER, "primary"))
                    .isInstanceOf(SandboxException.class).hasMessage("primary is fenced: it stays down until :reset.");
            assertThatThrownBy(() -> t.act(OperatorAction.RESTORE_BACKUP, "primary"))
                    .isInstanceOf(SandboxException.class).hasMessage("No base backup to restore: take-base-backup takes one.");

            assertThat(t.act(OperatorAction.PROMOTE, "standby")).startsWith("standby was promoted");
            execute(standby, "app", "insert into orders values (3, 'on the new primary')");
            assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("false");
            assertThatThrownBy(() -> t.act(OperatorAction.PROMOTE, "standby"))
                    .isInstanceOf(SandboxException.class).hasMessage("Cannot promote standby: it is a primary, not a standby.");
            assertThat(t.act(OperatorAction.RELOAD_CONFIG, "standby")).isEqualTo("standby re-read its configuration.");
            assertThat(t.act(OperatorAction.REPOINT_POOLER, "standby"))
                    .isEqualTo("pooler now sends every database to standby (new server connections go there).");
            execute(pooler, "app", "insert into orders values (4, 'through the repointed pooler')");
            assertThat(query(standby, "app", "select note from orders where id = 4")).isEqualTo("through the repointed pooler");
            assertThatThrownBy(() -> t.act(OperatorAction.REPOINT_POOLER, "replica"))
                    .isInstanceOf(SandboxException.class).hasMessageStartingWith("No server named 'replica'");

            assertThat(t.act(OperatorAction.STOP_SERVER, "standby")).startsWith("standby crashed");
            assertThat(t.isAlive()).as("every server is down").isFalse();
            assertThat(t.act(OperatorAction.START_SERVER, "standby")).isEqualTo("standby started as a primary.");

            t.resetTopology();

            assertThat(ports(t)).as("same ports").isEqualTo(startPorts);
            assertThat(t.password()).isEqualTo(password);
            assertThat(t.isRunning("primary")).isTrue();
            assertThat(query(primary, "app", "select count(*)::text from orders")).as("the prepared state").isEqualTo("1");
            assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("true");
            assertThat(query(standby, "postgres", "select pg_get_wal_replay_pause_state()")).as("broken again").isEqualTo("paused");
            assertThat(query(pooler, "app", "select pg_is_in_recovery()::text")).as("the pooler back on the primary").isEqualTo("false");
            assertThat(query(pooler, "app", "select count(*)::text from orders")).isEqualTo("1");
            checkTheEnginesOwnParts(t);
            t.act(OperatorAction.RESUME_REPLAY, "standby");
            execute(primary, "app", "insert into orders values (2, 'after the reset')");
            awaitRow(standby, 2);
        }
    }

    @Test
    void whatTheActionListShowsOfEachPartFollowsItsRoleNow() throws Exception {
        try (TopologySandbox t = start(PAUSED_STANDBY_WITH_SLOT_AND_POOLER)) {
            assertThat(partsAsListed(t)).containsExactly("primary primary running", "standby standby running",
                    "pooler pooler running");
            t.act(OperatorAction.STOP_SERVER, "primary");
            t.act(OperatorAction.PROMOTE, "standby");
            assertThat(partsAsListed(t)).containsExactly("primary primary stopped", "standby primary running",
                    "pooler pooler running");
            checkRefusalsOnlyThisEngineMakes(t);
        }
    }

    @Test
    void aBaseBackupWithWalRestoresElsewhereAndOneWithoutCannot() throws Exception {
        try (TopologySandbox t = start(PAUSED_STANDBY_WITH_SLOT_AND_POOLER)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            Map<String, Integer> startPorts = ports(t);
            assertThatThrownBy(() -> t.act(OperatorAction.RESTORE_BACKUP, "standby"))
                    .isInstanceOf(SandboxException.class).hasMessage("No base backup to restore: take-base-backup takes one.");
            assertThatThrownBy(() -> t.act(OperatorAction.TAKE_BASE_BACKUP, "standby"))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("Take the base backup on a primary: standby is a standby.");
            execute(primary, "app", "insert into orders values (2, 'in the backup')");

            assertThat(t.act(OperatorAction.TAKE_BASE_BACKUP, "primary")).isEqualTo("Base backup of primary taken with its WAL.");
            execute(primary, "app", "insert into orders values (3, 'after the backup')");
            assertThat(t.act(OperatorAction.RESTORE_BACKUP, "standby")).startsWith("The base backup was restored into standby");

            assertThat(ports(t)).as("same ports").isEqualTo(startPorts);
            assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("false");
            assertThat(query(standby, "app", "select string_agg(id::text, ',' order by id) from orders")).isEqualTo("1,2");
            // a sandbox commits asynchronously: only a commit that waited for its WAL outlives a crash
            execute(standby, "app", "set synchronous_commit = on; insert into orders values (4, 'written on the restored server')");
            assertThat(query(primary, "app", "select count(*)::text from orders")).isEqualTo("3");
            assertThat(t.act(OperatorAction.STOP_SERVER, "standby")).startsWith("standby crashed");
            assertThat(t.act(OperatorAction.START_SERVER, "standby")).isEqualTo("standby started as a primary.");
            assertThat(query(standby, "app", "select count(*)::text from orders")).as("kept across a restart").isEqualTo("3");

            assertThat(t.act(OperatorAction.TAKE_BASE_BACKUP_WITHOUT_WAL, "primary"))
                    .isEqualTo("Base backup of primary taken, without WAL.");
            assertThatThrownBy(() -> t.act(OperatorAction.RESTORE_BACKUP, "standby"))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("could not locate");
            assertThat(t.isRunning("standby")).isFalse();

            // the primary itself replaced by a backup taken now
            assertThat(t.act(OperatorAction.TAKE_BASE_BACKUP, "primary")).endsWith("with its WAL.");
            assertThat(t.act(OperatorAction.RESTORE_BACKUP, "primary")).startsWith("The base backup was restored into primary");
            assertThat(query(primary, "app", "select count(*)::text from orders")).isEqualTo("3");
            assertThat(t.act(OperatorAction.STOP_SERVER, "primary")).startsWith("primary crashed");
            assertThat(t.act(OperatorAction.START_SERVER, "primary")).isEqualTo("primary started as a primary.");

            t.resetTopology();
            checkTheEnginesOwnParts(t);
            assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("true");
            assertThat(query(primary, "app", "select count(*)::text from orders")).isEqualTo("1");
            assertThatThrownBy(() -> t.act(OperatorAction.RESTORE_BACKUP, "standby")).hasMessageStartingWith("No base backup");
        }
    }

    @Test
    void aStandbyWhoseWalWasRemovedIsRebuiltFromAFreshBackupAndStreamsThroughItsSlotAgain() throws Exception {
        try (TopologySandbox t = start(PAUSED_STANDBY_WITH_SLOT_AND_POOLER)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            Map<String, Integer> startPorts = ports(t);
            assertThatThrownBy(() -> t.act(OperatorAction.REBUILD_STANDBY, "primary"))
                    .isInstanceOf(SandboxException.class)
                    .hasMessage("rebuild-standby rebuilds one of the standbys; primary is the primary.");

            // the incident: the standby goes away, its slot is dropped, the primary writes on and
            // a checkpoint removes the WAL the standby would need to catch up
            t.act(OperatorAction.STOP_SERVER, "standby");
            execute(primary, "postgres", "select pg_drop_replication_slot('standby')");
            execute(primary, "app", "insert into orders values (2, 'while the standby was away')");
            execute(primary, "postgres", "do $$ begin for i in 1..24 loop perform pg_logical_emit_message(false, 'ride', repeat('x', 1000));"
                    + " perform pg_switch_wal(); end loop; end $$");
            execute(primary, "postgres", "checkpoint");
            execute(primary, "postgres", "select pg_create_physical_replication_slot('standby')");

            assertThat(t.act(OperatorAction.REBUILD_STANDBY, "standby")).isEqualTo(
                    "standby was rebuilt from a fresh base backup of primary and started as a standby"
                            + " (primary_slot_name 'standby').");
            execute(primary, "app", "insert into orders values (3, 'after the rebuild')");

            assertThat(ports(t)).as("same ports").isEqualTo(startPorts);
            assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("true");
            // streams (through its slot, which is active) and replays: the paused replay was the old data directory's
            awaitTrue(standby, "app", "select count(*) = 3 from orders");
            awaitTrue(primary, "postgres", "select active from pg_replication_slots where slot_name = 'standby'");
            assertThat(query(primary, "postgres", "select application_name || ' ' || state from pg_stat_replication"))
                    .isEqualTo("standby streaming");
            assertThat(t.act(OperatorAction.STOP_SERVER, "standby")).startsWith("standby crashed");
            assertThat(t.act(OperatorAction.START_SERVER, "standby")).isEqualTo("standby started as a standby.");

            t.resetTopology();
            assertThat(query(primary, "app", "select count(*)::text from orders")).isEqualTo("1");
            assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("true");
        }
    }

    @Test
    void aRebuiltStandbyWithoutASlotOfItsOwnStreamsThroughTheOneMadeForItOnThePrimary() throws Exception {
        try (TopologySandbox t = start(new Topology("primary", List.of(Topology.Standby.plain("standby")), Optional.empty()))) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            assertThat(t.act(OperatorAction.REBUILD_STANDBY, "standby"))
                    .isEqualTo("standby was rebuilt from a fresh base backup of primary and started as a standby.");
            execute(primary, "app", "insert into orders values (2, 'streamed without a slot')");
            awaitTrue(standby, "app", "select count(*) = 2 from orders");

            // pg_basebackup -R -S standby: the slot an operator made on the primary for it
            execute(primary, "postgres", "select pg_create_physical_replication_slot('standby')");
            assertThat(t.act(OperatorAction.REBUILD_STANDBY, "standby")).isEqualTo(
                    "standby was rebuilt from a fresh base backup of primary and started as a standby"
                            + " (primary_slot_name 'standby').");
            execute(primary, "app", "insert into orders values (3, 'streamed through the slot')");
            awaitTrue(standby, "app", "select count(*) = 3 from orders");
            awaitTrue(primary, "postgres", "select active from pg_replication_slots where slot_name = 'standby'");
        }
    }

    @Test
    void aSynchronousDelayedStandbyAndAnMd5PoolerAndCloseLeavesNothing() throws Exception {
        AfterClose nothingLeft;
        try (TopologySandbox t = start(SYNC_DELAYED_STANDBY_AND_MD5_POOLER)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            Endpoint bouncer = t.endpoint("bouncer").orElseThrow();
            assertThat(query(primary, "postgres", "show synchronous_standby_names")).isEqualTo("standby");
            assertThat(query(primary, "postgres", "show synchronous_commit")).isEqualTo("on");
            awaitTrue(primary, "postgres",
                    "select exists (select from pg_stat_replication where application_name = 'standby' and sync_state = 'sync')");
            assertThat(query(standby, "postgres", "show recovery_min_apply_delay")).isEqualTo("5min");
            execute(primary, "app", "insert into orders values (2, 'committed once the standby has it')");
            assertThat(query(standby, "app", "select count(*)::text from orders")).as("applied only after 5 minutes").isEqualTo("1");

            assertThat(bouncer.kind()).isEqualTo(Endpoint.Kind.POOLER);
            assertThat(query(bouncer, "app", "select count(*)::text from orders")).isEqualTo("2");
            assertThat(pools(bouncer)).contains("app/postgres/session");
            assertThat(t.act(OperatorAction.RELOAD_CONFIG, "bouncer")).isEqualTo("bouncer re-read its configuration.");

            t.act(OperatorAction.STOP_SERVER, "standby");
            assertThat(t.isRunning("standby")).isFalse();
            t.resetTopology();
            assertThat(t.isRunning("standby")).isTrue();
            assertThat(t.isRunning("bouncer")).isTrue();
            assertThat(query(bouncer, "app", "select count(*)::text from orders")).isEqualTo("1");

            // a backup is part of the sandbox too, and goes with it
            assertThat(t.act(OperatorAction.TAKE_BASE_BACKUP_WITHOUT_WAL, "primary")).endsWith("without WAL.");
            nothingLeft = nothingLeftOf(t);
        }
        nothingLeft.check();
    }

    /** Each part as {@code :action} lists it: name, role now (a promoted standby is a primary), running or stopped. */
    private static List<String> partsAsListed(TopologySandbox t) {
        List<String> parts = new ArrayList<>();
        for (Endpoint e : t.endpoints()) {
            boolean running = t.isRunning(e.name());
            String role = e.kind() != Endpoint.Kind.POOLER && running
                    ? (ServerControl.inRecovery(e) ? "standby" : "primary")
                    : e.kind().name().toLowerCase(java.util.Locale.ROOT);
            parts.add(e.name() + " " + role + " " + (running ? "running" : "stopped"));
        }
        return parts;
    }

    /** database/user/pool_mode of each of PgBouncer's pools. */
    private static List<String> pools(Endpoint pooler) throws SQLException {
        try (Connection admin = pooler.connect(Endpoint.POOLER_ADMIN_DATABASE); Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SHOW POOLS")) {
            List<String> pools = new ArrayList<>();
            while (rs.next()) {
                pools.add(rs.getString("database") + "/" + rs.getString("user") + "/" + rs.getString("pool_mode"));
            }
            return pools;
        }
    }

    private static Map<String, Integer> ports(TopologySandbox t) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        t.endpoints().forEach(e -> ports.put(e.name(), e.port()));
        return ports;
    }
}

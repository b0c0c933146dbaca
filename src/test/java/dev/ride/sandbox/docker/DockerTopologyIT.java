package dev.ride.sandbox.docker;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.Image;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.OperatorAction;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.Topology;
import dev.ride.testing.AppState;

/**
 * A primary, a streaming standby and PgBouncer in containers of the offline image on the real
 * daemon, and every operator action on them. One topology serves the action checks, each starting
 * from a reset (which is under test too); the close check has a topology of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerTopologyIT {

    /** A standby streaming through a slot, with feedback, its replay paused at start; PgBouncer in transaction mode. */
    private static final Topology PAUSED_STANDBY_WITH_SLOT_AND_POOLER = new Topology("primary",
            List.of(new Topology.Standby("standby", true, false, true, Duration.ZERO, true)),
            Optional.of(new Topology.Pooler("pooler", Topology.PoolMode.TRANSACTION, 3, 0, 0, 20, 0,
                    Topology.PoolerAuth.SCRAM_SHA_256)));

    private final String label = "test/topology-" + UUID.randomUUID().toString().substring(0, 8);
    private DockerClient client;
    private DockerTopology t;
    private Map<String, Integer> startPorts;
    private boolean used;

    @BeforeAll
    void start() {
        client = DockerTests.daemon().client();
        t = DockerTests.engine().start(label, AppState.APP, PAUSED_STANDBY_WITH_SLOT_AND_POOLER);
        startPorts = ports(t);
    }

    /** Every check but the first starts from a reset: the scenario's broken state. */
    @BeforeEach
    void resetAfterThePreviousCheck() {
        if (used) {
            t.resetTopology();
        }
        used = true;
    }

    @AfterAll
    void removeAll() {
        if (t != null) {
            t.close();
        }
        if (client != null) {
            PreparedImages images = new PreparedImages(client);
            for (Image image : images.ofScenario(label)) {
                images.remove(image.getId());
            }
        }
    }

    @Test
    void theStandbyStreamsThroughItsSlotAndThePoolerLeadsToThePrimary() throws Exception {
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
        List<Container> containers = containersOf(t);
        assertThat(containers).hasSize(3).allSatisfy(c -> assertThat(c.getPorts())
                .filteredOn(port -> port.getPublicPort() != null)
                .extracting(ContainerPort::getIp).as("published on loopback only").containsOnly("127.0.0.1"));
        assertThat(client.inspectNetworkCmd().withNetworkId(DockerNetworks.name(t.session())).exec().getContainers())
                .hasSize(3);

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
        assertThat(query(standby, "postgres", "select pg_read_file(pg_current_logfile())").lines().findFirst().orElse(""))
                .as("the standby's log is its own, not the copied primary's").contains("starting PostgreSQL");
        assertThat(query(primary, "postgres", "select pg_read_file(pg_current_logfile())"))
                .as("the topology's reload leaves no complaint in the learner's log").contains("received SIGHUP")
                .doesNotContain("contains errors").doesNotContain("cannot be changed");
        assertThat(query(standby, "postgres", "show primary_conninfo")).contains("host=primary").doesNotContain(t.password());
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
        try (Connection admin = pooler.connect("pgbouncer"); Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SHOW POOLS")) {
            List<String> pools = new ArrayList<>();
            while (rs.next()) {
                pools.add(rs.getString("database") + "/" + rs.getString("user") + "/" + rs.getString("pool_mode"));
            }
            assertThat(pools).contains("app/postgres/transaction", "app/checkout/transaction");
        }
        assertThat(t.act(OperatorAction.RELOAD_CONFIG, "pooler")).isEqualTo("pooler re-read its configuration.");
        assertThat(t.isRunning("pooler")).isTrue();
        assertThat(query(pooler, "app", "select count(*)::text from orders")).isEqualTo("2");
        assertThatThrownBy(() -> t.act(OperatorAction.STOP_SERVER, "pooler"))
                .isInstanceOf(SandboxException.class).hasMessage("stop-server acts on a server; pooler is the pooler.");
    }

    @Test
    void replayPausedAtStartKeepsTheStandbyStaleUntilResumed() throws Exception {
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
                .hasMessage("Cannot pause replay on primary: it is a primary, not a standby.");
    }

    @Test
    void operatorActionsAndAResetThatUndoesAPromotion() throws Exception {
        Endpoint primary = t.endpoint("primary").orElseThrow();
        Endpoint standby = t.endpoint("standby").orElseThrow();
        String password = t.password();
        t.act(OperatorAction.RESUME_REPLAY, "standby");

        assertThat(t.act(OperatorAction.STOP_SERVER, "primary")).startsWith("primary crashed");
        assertThat(t.isRunning("primary")).isFalse();
        assertThat(t.isAlive()).as("a crashed primary is part of the drill").isTrue();
        assertThatThrownBy(() -> query(primary, "postgres", "select 1")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> t.act(OperatorAction.STOP_SERVER, "primary"))
                .isInstanceOf(SandboxException.class).hasMessage("primary is not running: start-server starts it.");
        assertThat(t.act(OperatorAction.START_SERVER, "primary")).isEqualTo("primary started as a primary.");
        assertThatThrownBy(() -> t.act(OperatorAction.START_SERVER, "primary")).hasMessage("primary is running already.");
        execute(primary, "app", "insert into orders values (2, 'after the crash')");
        awaitRow(standby, 2);

        assertThatThrownBy(() -> t.act(OperatorAction.PROMOTE, "primary"))
                .hasMessage("Cannot promote primary: it is a primary, not a standby.");
        assertThatThrownBy(() -> t.act(OperatorAction.PROMOTE, "replica"))
                .hasMessage("No server named 'replica': this sandbox has primary, standby.");
        assertThat(t.act(OperatorAction.FENCE, "primary")).startsWith("primary is fenced");
        assertThat(t.isRunning("primary")).isFalse();
        assertThatThrownBy(() -> t.act(OperatorAction.START_SERVER, "primary"))
                .hasMessage("primary is fenced: it stays down until :reset.");
        assertThat(t.act(OperatorAction.PROMOTE, "standby")).startsWith("standby was promoted");
        execute(standby, "app", "insert into orders values (3, 'on the new primary')");
        assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("false");
        assertThat(t.act(OperatorAction.RELOAD_CONFIG, "standby")).isEqualTo("standby re-read its configuration.");
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
        assertThat(query(t.pooler().orElseThrow(), "app", "select count(*)::text from orders")).isEqualTo("1");
        assertThat(containersOf(t)).hasSize(3);
        t.act(OperatorAction.RESUME_REPLAY, "standby");
        execute(primary, "app", "insert into orders values (2, 'after the reset')");
        awaitRow(standby, 2);
    }

    @Test
    void aBaseBackupWithWalRestoresElsewhereAndOneWithoutCannot() throws Exception {
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

        assertThat(t.endpoint("standby").orElseThrow().port()).isEqualTo(startPorts.get("standby"));
        assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("false");
        assertThat(query(standby, "app", "select string_agg(id::text, ',' order by id) from orders")).isEqualTo("1,2");
        // a sandbox commits asynchronously: only a commit that waited for its WAL outlives a crash
        execute(standby, "app", "set synchronous_commit = on; insert into orders values (4, 'written on the restored server')");
        assertThat(query(primary, "app", "select count(*)::text from orders")).isEqualTo("3");
        assertThat(t.act(OperatorAction.STOP_SERVER, "standby")).startsWith("standby crashed");
        assertThat(t.act(OperatorAction.START_SERVER, "standby")).isEqualTo("standby started as a primary.");
        assertThat(query(standby, "app", "select count(*)::text from orders")).as("kept across a restart").isEqualTo("3");

        assertThat(t.act(OperatorAction.TAKE_BASE_BACKUP_WITHOUT_WAL, "primary")).endsWith("without WAL.");
        assertThatThrownBy(() -> t.act(OperatorAction.RESTORE_BACKUP, "standby"))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("could not locate");
        assertThat(t.isRunning("standby")).isFalse();

        // the primary's own container replaced by one restored from a backup taken now
        assertThat(t.act(OperatorAction.TAKE_BASE_BACKUP, "primary")).endsWith("with its WAL.");
        assertThat(t.act(OperatorAction.RESTORE_BACKUP, "primary")).startsWith("The base backup was restored into primary");
        assertThat(query(primary, "app", "select count(*)::text from orders")).isEqualTo("3");
        assertThat(t.act(OperatorAction.STOP_SERVER, "primary")).startsWith("primary crashed");
        assertThat(t.act(OperatorAction.START_SERVER, "primary")).isEqualTo("primary started as a primary.");

        t.resetTopology();
        assertThat(containersOf(t)).as("no backup or restored container after a reset").hasSize(3);
        assertThat(query(standby, "postgres", "select pg_is_in_recovery()::text")).isEqualTo("true");
        assertThat(query(primary, "app", "select count(*)::text from orders")).isEqualTo("1");
        assertThatThrownBy(() -> t.act(OperatorAction.RESTORE_BACKUP, "standby")).hasMessageStartingWith("No base backup");
    }

    @Test
    void aSynchronousDelayedStandbyAndAnMd5PoolerAndCloseLeavesNothing() throws Exception {
        Topology sync = new Topology("primary",
                List.of(new Topology.Standby("standby", false, true, false, Duration.ofMinutes(5), false)),
                Optional.of(new Topology.Pooler("bouncer", Topology.PoolMode.SESSION, 2, 0, 0, 10, 0, Topology.PoolerAuth.MD5)));
        DockerTopology other = DockerTests.engine().start(label, AppState.APP, sync);
        String session = other.session();
        try {
            Endpoint primary = other.endpoint("primary").orElseThrow();
            Endpoint standby = other.endpoint("standby").orElseThrow();
            Endpoint bouncer = other.endpoint("bouncer").orElseThrow();
            assertThat(query(primary, "postgres", "show synchronous_standby_names")).isEqualTo("standby");
            assertThat(query(primary, "postgres", "show synchronous_commit")).isEqualTo("on");
            awaitTrue(primary, "postgres",
                    "select exists (select from pg_stat_replication where application_name = 'standby' and sync_state = 'sync')");
            assertThat(query(standby, "postgres", "show recovery_min_apply_delay")).isEqualTo("5min");
            execute(primary, "app", "insert into orders values (2, 'committed once the standby has it')");
            assertThat(query(standby, "app", "select count(*)::text from orders")).as("applied only after 5 minutes").isEqualTo("1");

            assertThat(bouncer.kind()).isEqualTo(Endpoint.Kind.POOLER);
            assertThat(query(bouncer, "app", "select count(*)::text from orders")).isEqualTo("2");
            assertThat(other.act(OperatorAction.TAKE_BASE_BACKUP_WITHOUT_WAL, "primary")).endsWith("without WAL.");
            assertThat(containersOf(other)).as("primary, standby, bouncer and the backup's").hasSize(4);
        } finally {
            other.close();
        }
        assertThat(client.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(RideLabels.SESSION, session)).exec()).as("containers after close").isEmpty();
        assertThat(client.listNetworksCmd().withNameFilter(DockerNetworks.name(session)).exec()).as("network after close")
                .isEmpty();
    }

    /** Every container of the topology, running or not. */
    private List<Container> containersOf(DockerTopology topology) {
        return client.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(RideLabels.SESSION, topology.session())).exec();
    }

    private static Map<String, Integer> ports(DockerTopology topology) {
        Map<String, Integer> ports = new java.util.LinkedHashMap<>();
        topology.endpoints().forEach(e -> ports.put(e.name(), e.port()));
        return ports;
    }
}

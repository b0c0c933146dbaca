package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ride.sandbox.Topology;

/** {@code servers:} and {@code pooler:} of scenario.yaml, read into a {@link Topology}. */
class TopologySpecsTest {

    static final String FORMAT_2 = ScenarioLoaderTest.VALID.replace("format: 1", "format: 2");

    /** A primary, a standby with every option, and a pooler with every setting. */
    static final String TOPOLOGY = FORMAT_2 + """
            servers:
              - name: primary
              - name: standby
                standby_of: primary
                slot: true
                sync: true
                hot_standby_feedback: true
                apply_delay: 30s
                replay_paused: true
              - name: reporting
                standby_of: primary
                replication_role: replicator
            pooler:
              pool_mode: transaction
              default_pool_size: 5
              min_pool_size: 1
              reserve_pool_size: 2
              max_client_conn: 50
              max_db_connections: 10
              auth: md5
            """;

    @TempDir
    Path dir;

    @Test
    void withoutTheBlocksAScenarioHasOneServerNamedPrimary() throws IOException {
        Topology t = load(FORMAT_2).topology();

        assertThat(t).isEqualTo(Topology.single());
        assertThat(t.isSingleServer()).isTrue();
        assertThat(t.serverNames()).containsExactly("primary");
    }

    @Test
    void readsServersAndThePooler() throws IOException {
        Topology t = load(TOPOLOGY).topology();

        assertThat(t.primary()).isEqualTo("primary");
        assertThat(t.standbys()).containsExactly(
                new Topology.Standby("standby", true, true, true, Duration.ofSeconds(30), true),
                new Topology.Standby("reporting", false, false, false, Duration.ZERO, false, "replicator"));
        assertThat(t.standbys().get(0).replicationUser("postgres")).as("the superuser unless it names a role").isEqualTo("postgres");
        assertThat(t.replicationRoles()).containsExactly("replicator");
        assertThat(t.pooler()).contains(new Topology.Pooler("pooler", Topology.PoolMode.TRANSACTION, 5, 1, 2, 50, 10,
                Topology.PoolerAuth.MD5));
        assertThat(t.serverNames()).containsExactly("primary", "standby", "reporting");
    }

    @Test
    void aPoolerMayKeepWaitingClientsForEver() throws IOException {
        Topology t = load(FORMAT_2 + "pooler: {query_wait_timeout: 0}\n").topology();

        assertThat(t.pooler().orElseThrow().queryWaitTimeoutSeconds()).isZero();
        assertThat(Topology.Pooler.defaults().queryWaitTimeoutSeconds()).isEqualTo(120);
    }

    @Test
    void aPoolerAloneStandsInFrontOfTheDefaultPrimaryWithPgBouncersDefaults() throws IOException {
        Topology t = load(FORMAT_2 + "pooler: {}\n").topology();

        assertThat(t.primary()).isEqualTo("primary");
        assertThat(t.standbys()).isEmpty();
        assertThat(t.pooler()).isEqualTo(Optional.of(Topology.Pooler.defaults()));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "    slot: true"             | "    slot: maybe"                            | 31 | "servers[1].slot: expected"
            "  - name: reporting"        | "  - name: Reporting"                       | 36 | "name 'Reporting' must be a lower-case identifier"
            "  - name: reporting"        | "  - name: standby"                         | 36 | "the name 'standby' is already taken by servers[1]"
            "    standby_of: primary\\n    slot" | "    standby_of: main\\n    slot"       | 30 | "standby_of names 'main'; a standby streams from the primary, 'primary'"
            "  - name: reporting\\n    standby_of: primary" | "  - name: reporting"       | 36 | "server 'reporting' has no standby_of, but 'primary' is the primary already"
            "    apply_delay: 30s"       | "    apply_delay: soon"                      | 34 | "apply_delay: 'soon' is not a duration"
            "  pool_mode: transaction"   | "  pool_mode: sometimes"                    | 40 | "pool_mode 'sometimes' must be session, transaction or statement"
            "  auth: md5"                | "  auth: trust"                             | 46 | "auth 'trust' must be scram-sha-256 or md5"
            "  min_pool_size: 1"         | "  min_pool_size: 9"                        | 42 | "min_pool_size 9 is larger than default_pool_size 5"
            "  max_client_conn: 50"      | "  max_client_conn: 0"                      | 44 | "max_client_conn must be between 1 and 10000 (it is 0)"
            "  max_client_conn: 50"      | "  max_clients: 50"                         | 44 | "unknown key 'max_clients' in pooler"
            "  pool_mode: transaction"   | "  name: standby\\n  pool_mode: transaction" | 40 | "the name 'standby' is already taken by servers[1]"
            "    replication_role: replicator" | "    replication_role: Replicator" | 38 | "replication_role 'Replicator' must be a role the setup makes"
            "    replication_role: replicator" | "    replication_role: pg_monitor" | 38 | "replication_role 'pg_monitor' must be a role the setup makes"
            "  - name: primary"          | "  - name: primary\\n    replication_role: replicator" | 29 | "replication_role only apply to a standby, and 'primary' is the primary"
            "format: 2"                  | "format: 1"                                 | 27 | "servers: needs format 2 (this manifest says format 1)"
            """)
    void rejectsABrokenTopologyWithFileAndLine(String find, String replace, int line, String reason) throws IOException {
        ManifestCases.assertRejectedAt(dir, ManifestCases.edit(TOPOLOGY, find, replace), "stage-00/topology", line, reason);
    }

    @Test
    void aTopologyNeedsAPrimary() throws IOException {
        String yaml = FORMAT_2 + "servers:\n  - name: standby\n    standby_of: primary\n";
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining(":27: servers: name one primary (a server without standby_of)");
    }

    private Scenario load(String yaml) throws IOException {
        return ManifestCases.load(dir, yaml, "stage-00/topology");
    }
}

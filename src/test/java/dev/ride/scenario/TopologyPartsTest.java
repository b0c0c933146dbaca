package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ride.actor.ActorSpec;
import dev.ride.sandbox.OperatorAction;

/**
 * What of scenario.yaml names a part of the topology: {@code actions:}, an actor's
 * {@code server:}, a check's {@code on:} and its {@code server:} condition.
 */
class TopologyPartsTest {

    /** A primary, a standby named replica, a pooler named bouncer; an app through the pooler, a report on the replica. */
    static final String BASE = TopologySpecsTest.FORMAT_2
            .replace("""
                      fix:
                        - id: fixed
                          title: Fixed
                          points: 10
                          sql: select true
                    """, """
                      fix:
                        - id: fixed
                          title: Fixed
                          points: 10
                          sql: select true
                        - id: replica-fresh
                          title: The replica's reads are fresh
                          points: 10
                          on: replica
                          sql: select true
                          server: {name: replica, role: standby, replay_paused: false, running: true}
                        - id: through-pooler
                          title: Through the pooler
                          points: 10
                          on: pooler
                          sql: select true
                    """) + """
            servers:
              - name: primary
              - name: replica
                standby_of: primary
            pooler:
              name: bouncer
            actions: [promote, repoint-pooler, stop-server]
            at_start: [stop-server primary, pause-replay replica]
            actors:
              - name: app
                database: one
                role: app
                server: pooler
                workload: {rate: 1/s, statements: select 1}
              - name: report
                database: one
                role: report
                server: replica
                workload: {rate: 1/s, statements: select 1}
              - name: writer
                database: one
                role: app
                server: primary
                workload: {rate: 1/s, statements: select 1}
            """;

    @TempDir
    Path dir;

    @Test
    void readsActionsActorServersAndChecksOnServers() throws IOException {
        Scenario s = load(BASE);

        assertThat(s.actions()).containsExactly(OperatorAction.PROMOTE, OperatorAction.REPOINT_POOLER, OperatorAction.STOP_SERVER);
        assertThat(s.actors()).extracting(ActorSpec::server)
                .containsExactly(Optional.of("bouncer"), Optional.of("replica"), Optional.empty());
        Check fresh = s.checks(Section.FIX).get(1);
        assertThat(fresh.server()).isEqualTo("replica");
        assertThat(fresh.conditions()).contains(new Condition.ServerState("replica", Condition.ServerState.Role.STANDBY, true, false));
        assertThat(s.checks(Section.FIX).get(2).server()).isEqualTo("bouncer");
        assertThat(s.checks(Section.FIX).get(0).server()).isNull();
        assertThat(s.atStart()).containsExactly(new StartAction(OperatorAction.STOP_SERVER, "primary"),
                new StartAction(OperatorAction.PAUSE_REPLAY, "replica"));
    }

    @Test
    void withoutActionsAOneServerScenarioOffersNoneAndATopologyEvery() throws IOException {
        assertThat(load(TopologySpecsTest.FORMAT_2).actions()).isEmpty();
        assertThat(load(TopologySpecsTest.TOPOLOGY).actions()).containsExactly(OperatorAction.values());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "actions: [promote, repoint-pooler, stop-server]" | "actions: [promot]"  | "unknown action 'promot'; did you mean 'promote'?"
            "    server: replica\\n"                          | "    server: standby\\n" | "actor report: server 'standby' is not a part of this sandbox (primary, replica, bouncer)"
            "on: replica"                                     | "on: replika"        | "check 'replica-fresh': server 'replika' is not a part of this sandbox (primary, replica, bouncer); did you mean 'replica'?"
            "server: {name: replica, role: standby"           | "server: {name: bouncer, role: standby" | "server: names 'bouncer', which is not one of the servers [primary, replica]"
            "role: standby, replay"                           | "role: leader, replay" | "role 'leader' must be primary or standby"
            "{name: replica, role: standby, replay_paused: false, running: true}" | "{name: replica}" | "judges nothing: give it role, running or replay_paused"
            "at_start: [stop-server primary,"                 | "at_start: [crash primary,"  | "unknown action 'crash'"
            "at_start: [stop-server primary,"                 | "at_start: [stop-server,"    | "at_start: write each entry as ACTION SERVER, e.g. 'stop-server primary'"
            "at_start: [stop-server primary,"                 | "at_start: [stop-server primry," | "at_start: server 'primry' is not a part of this sandbox (primary, replica, bouncer); did you mean 'primary'?"
            """)
    void rejectsWhatNamesNoPart(String find, String replace, String reason) throws IOException {
        ManifestCases.assertRejected(dir, ManifestCases.edit(BASE, find, replace), "stage-00/topology", reason);
    }

    @Test
    void actionsNeedATopologyAndRepointingNeedsAPooler() throws IOException {
        assertThatThrownBy(() -> load(TopologySpecsTest.FORMAT_2 + "actions: [promote]\n"))
                .hasMessageContaining("actions: act on the servers of servers: or pooler:, and this scenario has one server");
        String noPooler = TopologySpecsTest.FORMAT_2 + "servers:\n  - name: primary\n  - name: standby\n    standby_of: primary\n"
                + "actions: [promote, repoint-pooler]\n";
        assertThatThrownBy(() -> load(noPooler)).hasMessageContaining("repoint-pooler needs a pooler:");
    }

    private Scenario load(String yaml) throws IOException {
        return ManifestCases.load(dir, yaml, "stage-00/topology");
    }
}

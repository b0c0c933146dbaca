package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.Topology;

/** The settings lines of each server, and where the host's PgBouncer is found. */
class ReplicationConfigTest {

    @TempDir
    Path dir;

    @Test
    void thePrimaryWaitsForItsSynchronousStandbysOnly() {
        Topology async = new Topology("primary", List.of(Topology.Standby.plain("standby")), Optional.empty());
        Topology sync = new Topology("primary", List.of(
                new Topology.Standby("a", false, true, false, Duration.ZERO, false),
                new Topology.Standby("b", false, true, false, Duration.ZERO, false),
                Topology.Standby.plain("c")), Optional.empty());

        assertThat(ReplicationConfig.primary(async)).containsExactly("synchronous_commit = 'off'");
        assertThat(ReplicationConfig.primary(sync)).containsExactly("synchronous_standby_names = 'FIRST 1 (a, b)'");
    }

    @Test
    void aStandbyNamesItsPrimaryItsSlotAndItsDelayButNotThePassword() {
        Topology.Standby standby = new Topology.Standby("standby", true, false, true, Duration.ofSeconds(90), false);

        assertThat(ReplicationConfig.standbyAtStart(standby)).containsExactly(
                "hot_standby_feedback = on",
                "synchronous_commit = 'off'");
        assertThat(ReplicationConfig.standbyStream(standby, 5433, Path.of("/x/pgpass"))).containsExactly(
                "primary_conninfo = 'host=127.0.0.1 port=5433 user=postgres passfile=/x/pgpass application_name=standby'",
                "primary_slot_name = 'standby'");
        assertThat(ReplicationConfig.standbyAfterCatchUp(standby)).containsExactly("recovery_min_apply_delay = '90000ms'");
        assertThat(ReplicationConfig.standbyAfterCatchUp(Topology.Standby.plain("b"))).isEmpty();
        assertThat(ReplicationConfig.passfile(standby, "s3cret")).isEqualTo("*:*:*:postgres:s3cret\n");
    }

    @Test
    void aStandbyWithAReplicationRoleStreamsAsThatRole() {
        Topology.Standby standby = new Topology.Standby("standby", false, false, false, Duration.ZERO, false, "replicator");

        assertThat(ReplicationConfig.standbyStream(standby, 5433, Path.of("/x/pgpass"))).containsExactly(
                "primary_conninfo = 'host=127.0.0.1 port=5433 user=replicator passfile=/x/pgpass application_name=standby'");
        assertThat(ReplicationConfig.passfile(standby, "s3cret")).isEqualTo("*:*:*:replicator:s3cret\n");
    }

    @Test
    void pgBouncerIsFoundOnThePathBeforeDebiansPlace() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path own = Files.createFile(bin.resolve("pgbouncer"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));

        assertThat(PgBouncerBinary.find(Map.of("PATH", "/nonexistent:" + bin))).contains(own);
        assertThat(PgBouncerBinary.find(Map.of("RIDE_PGBOUNCER", own.toString(), "PATH", ""))).contains(own);
    }
}

package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.ride.sandbox.PgBouncerConfig;
import dev.ride.sandbox.Topology;

/** The scripts a Docker topology's containers run: valid sh, and saying what the scenario asked for. No daemon needed. */
class TopologyScriptsTest {

    @Test
    void aStandbyIsThePreparedClusterWithItsSettingsAndKeepsThePasswordOutOfThem() throws Exception {
        String script = TopologyScripts.standby(new Topology.Standby("standby", true, false, true, Duration.ofSeconds(30), false));

        assertThat(parses(script)).isTrue();
        assertThat(script)
                .doesNotContain("pg_basebackup")
                .as("ride tells it where the primary is once the primary runs").doesNotContain("primary_conninfo")
                .doesNotContain("primary_slot_name")
                .contains("'hot_standby_feedback = on'")
                .contains(">> /var/lib/ride/pgdata/postgresql.auto.conf\n")
                .contains("'host replication all all scram-sha-256' >> /var/lib/ride/pgdata/pg_hba.conf\n")
                .contains("'dynamic_shared_memory_type = mmap' >> /var/lib/ride/pgdata/postgresql.conf\n")
                .contains("touch /var/lib/ride/pgdata/standby.signal\n")
                .contains("rm -rf /var/lib/ride/pgdata/pg_replslot/*\n")
                .contains("\"$RIDE_PASSWORD\"")
                .contains("exec setpriv --reuid=postgres --regid=postgres --init-groups postgres -D /var/lib/ride/pgdata")
                .contains("-c 'logging_collector=on'");
        assertThat(script).as("the delay is set once the standby has the run's password").doesNotContain("recovery_min_apply_delay");
    }

    @Test
    void aStandbyIsMadeAtItsFirstStartOnly() throws Exception {
        String script = TopologyScripts.standby(Topology.Standby.plain("standby"));

        assertThat(script).contains("if [ ! -e /var/lib/ride/standby-made ]; then\n")
                .contains("  touch /var/lib/ride/standby-made\nfi\n");
        assertThat(script.indexOf("standby.signal")).isBetween(script.indexOf("if [ ! -e"), script.indexOf("fi\n"));
    }

    @Test
    void theSettingsLinesComeOutOfTheShellAsPostgresqlReadsThem() throws Exception {
        String script = TopologyScripts.standby(new Topology.Standby("standby", true, false, false, Duration.ofMinutes(5), false));
        String printf = script.lines().filter(l -> l.startsWith("  printf")).findFirst().orElseThrow();
        Process sh = new ProcessBuilder("sh", "-c", printf.substring(0, printf.indexOf(" >> "))).start();
        String written = new String(sh.getInputStream().readAllBytes());

        assertThat(sh.waitFor()).isZero();
        assertThat(written.lines()).containsExactly("hot_standby_feedback = off", "synchronous_standby_names = ''");
    }

    @Test
    void theStandbysConninfoNamesThePrimaryAndTheStandbyButNoPassword() {
        assertThat(TopologyScripts.primaryConninfo(Topology.Standby.plain("reporting"), "main"))
                .isEqualTo("host=main port=5432 user=postgres passfile=/var/lib/postgresql/.ride-pgpass application_name=reporting");
    }

    @Test
    void aStandbyWithAReplicationRoleStreamsAsThatRoleWithTheRunsPassword() throws Exception {
        Topology.Standby spec = new Topology.Standby("reporting", false, false, false, Duration.ZERO, false, "replicator");

        assertThat(TopologyScripts.primaryConninfo(spec, "main"))
                .isEqualTo("host=main port=5432 user=replicator passfile=/var/lib/postgresql/.ride-pgpass application_name=reporting");
        String script = TopologyScripts.standby(spec);
        assertThat(parses(script)).isTrue();
        assertThat(script).contains("printf '*:*:*:replicator:%s\\n' \"$RIDE_PASSWORD\" > /var/lib/postgresql/.ride-pgpass");
    }

    @Test
    void aTopologysPrimaryGetsItsReplicationLinesAtItsFirstStartOnly() throws Exception {
        String plain = TopologyScripts.primary("");
        String sync = TopologyScripts.primary("FIRST 1 (a, b)");

        assertThat(parses(plain)).isTrue();
        assertThat(parses(sync)).isTrue();
        assertThat(plain).contains("if [ ! -e /var/lib/ride/primary-made ]; then\n")
                .contains("'host replication all all scram-sha-256' >> /var/lib/ride/pgdata/pg_hba.conf\n")
                .contains("'dynamic_shared_memory_type = mmap' >> /var/lib/ride/pgdata/postgresql.conf\n")
                .contains("  touch /var/lib/ride/primary-made\nfi\n")
                .contains("exec setpriv --reuid=postgres --regid=postgres --init-groups postgres -D /var/lib/ride/pgdata")
                .doesNotContain("synchronous_standby_names")
                .contains("-c 'synchronous_commit=off'");
        // a synchronous primary's commits wait for its standby unless its configuration says otherwise
        assertThat(sync).doesNotContain("synchronous_commit=off");
        String printf = sync.lines().filter(l -> l.contains("synchronous_standby_names")).findFirst().orElseThrow();
        Process sh = new ProcessBuilder("sh", "-c", printf.substring(0, printf.indexOf(" >> "))).start();
        assertThat(new String(sh.getInputStream().readAllBytes()).lines())
                .containsExactly("synchronous_standby_names = 'FIRST 1 (a, b)'");
        assertThat(sh.waitFor()).isZero();
    }

    @Test
    void theSlotsOfThePreparedImageAreCopiedUpSoThatTheyCanBeDropped() throws Exception {
        String script = TopologyScripts.primary("");
        String loop = script.substring(script.indexOf("  for slot in "), script.indexOf("  done\n") + "  done\n".length());
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("ride-slots");
        java.nio.file.Path slot = java.nio.file.Files.createDirectories(data.resolve("pg_replslot/analytics"));
        java.nio.file.Files.writeString(slot.resolve("state"), "slot state");
        Process sh = new ProcessBuilder("sh", "-c", "set -e\n" + loop.replace(ContainerSpec.PREPARED_PGDATA, data.toString()))
                .redirectErrorStream(true).start();
        assertThat(new String(sh.getInputStream().readAllBytes())).isEmpty();
        assertThat(sh.waitFor()).isZero();
        assertThat(java.nio.file.Files.readString(slot.resolve("state"))).isEqualTo("slot state");
        try (var listed = java.nio.file.Files.list(data.resolve("pg_replslot"))) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly("analytics");
        }
        assertThat(script.indexOf("for slot in")).as("at the first start only")
                .isLessThan(script.indexOf("touch /var/lib/ride/primary-made"));
    }

    @Test
    void thePoolerWritesItsFilesFromTheEnvironmentAndSaysWhenTheImageHasNoPgBouncer() throws Exception {
        String script = TopologyScripts.pooler();

        assertThat(parses(script)).isTrue();
        assertThat(script).startsWith("command -v pgbouncer").contains("exit " + TopologyScripts.NO_PGBOUNCER)
                .contains("\"$RIDE_PGBOUNCER_INI\"").contains("\"$RIDE_PGBOUNCER_AUTH\"");
        String ini = PgBouncerConfig.ini(Topology.Pooler.defaults(), "0.0.0.0", TopologyScripts.PGBOUNCER_PORT, "primary", 5432,
                TopologyScripts.poolerAuthFile(), "postgres");
        assertThat(ini).contains("* = host=primary port=5432", "listen_addr = 0.0.0.0", "listen_port = 6432",
                "auth_file = /var/lib/ride/pgbouncer/userlist.txt", "admin_users = postgres");
    }

    @Test
    void aBackupIsTakenWithOrWithoutWalAndARestoredServerMovesItIntoPlace() throws Exception {
        String withWal = TopologyScripts.baseBackup("primary", true);
        String withoutWal = TopologyScripts.baseBackup("standby", false);
        String restored = TopologyScripts.restored();

        assertThat(parses(withWal)).isTrue();
        assertThat(parses(restored)).isTrue();
        assertThat(withWal).contains("pg_basebackup -h primary -p 5432 -U postgres -D /var/lib/ride/backup -X stream -c fast -w\n")
                .contains("\"$RIDE_PASSWORD\"").contains("rm -f /var/lib/ride/backup/log/*");
        assertThat(withoutWal).contains("-h standby ").contains(" -X none ");
        assertThat(restored).contains("mv /var/lib/ride/backup /var/lib/ride/restored")
                .contains("exec setpriv --reuid=postgres --regid=postgres --init-groups postgres -D /var/lib/ride/restored");
    }

    @Test
    void networksAreNamedAfterTheSession() {
        assertThat(DockerNetworks.name("1a2b3c4d-0000-0000-0000-000000000000")).isEqualTo("ride-net-1a2b3c4d");
    }

    /** {@code sh -n}: the script parses. */
    private static boolean parses(String script) throws Exception {
        Process sh = new ProcessBuilder("sh", "-n", "-c", script).redirectErrorStream(true).start();
        return sh.waitFor(10, TimeUnit.SECONDS) && sh.exitValue() == 0;
    }
}

package dev.ride.sandbox.docker;

import java.util.ArrayList;
import java.util.List;

import dev.ride.sandbox.ServerLogSettings;
import dev.ride.sandbox.Topology;

/**
 * What the extra containers of a Docker topology run, as {@code sh -c} scripts (the image's
 * entrypoint is bypassed): the primary and its standbys on the prepared image's cluster, a base
 * backup taken with {@code pg_basebackup} over the sandbox's network, a server restored from it,
 * and PgBouncer. They start as root, prepare their files and drop to the {@code postgres} user with
 * {@code setpriv}, as the image's entrypoint does.
 */
final class TopologyScripts {

    /**
     * Where a standby keeps its cluster: the prepared image's own, on the container's filesystem,
     * so a stop and start keep it.
     */
    static final String STANDBY_PGDATA = ContainerSpec.PREPARED_PGDATA;
    /** Made by a standby's first start, once its cluster is a standby's. */
    private static final String STANDBY_MADE = "/var/lib/ride/standby-made";
    /**
     * Appended to the primary's pg_hba.conf at the topology's start, and to each standby's: the
     * image's {@code host all all all} does not cover replication connections (a standby's, a
     * base backup's, and those to a promoted standby).
     */
    static final String PRIMARY_HBA_LINE = "host replication all all scram-sha-256";
    /**
     * Appended to postgresql.conf likewise: the command line says mmap (Docker's /dev/shm is
     * small), the file said posix, and each reload, the topology's and the learner's, logged
     * that the file "contains errors" in the server log.
     */
    static final String PRIMARY_CONF_LINE = "dynamic_shared_memory_type = mmap";
    static final int PGBOUNCER_PORT = 6432;
    /** Where a base backup is kept, in the container that took it, and copied to for a restore. */
    static final String BACKUP = "/var/lib/ride/backup";
    /** Where a server restored from a base backup keeps its cluster. */
    static final String RESTORED_PGDATA = "/var/lib/ride/restored";
    private static final String PGPASS = "/var/lib/postgresql/.ride-pgpass";
    private static final String AS_POSTGRES = "setpriv --reuid=postgres --regid=postgres --init-groups ";
    /** Exit status of a pooler container whose image has no PgBouncer. */
    static final int NO_PGBOUNCER = 3;

    private TopologyScripts() {
    }

    /** Made by a topology primary's first start, once its files have the lines a primary of a topology needs. */
    private static final String PRIMARY_MADE = "/var/lib/ride/primary-made";

    /**
     * The primary of a topology, in a container of the scenario's prepared image: its first start
     * appends {@link #PRIMARY_HBA_LINE} and {@link #PRIMARY_CONF_LINE} to the cluster's files and,
     * when the scenario has synchronous standbys, names them in {@code postgresql.auto.conf} (what
     * {@code ALTER SYSTEM} writes), before postgres reads them: the server needs no reload, and a
     * standby started beside it may stream as soon as it runs. A marker outside the cluster keeps
     * a later start (after stop-server) from appending them again.
     */
    static String primary(String synchronousStandbyNames) {
        String d = ContainerSpec.PREPARED_PGDATA;
        StringBuilder script = new StringBuilder("set -e\n")
                .append("if [ ! -e ").append(PRIMARY_MADE).append(" ]; then\n")
                .append("  printf '%s\\n' ").append(shellQuote(PRIMARY_HBA_LINE)).append(" >> ").append(d).append("/pg_hba.conf\n")
                .append("  printf '%s\\n' ").append(shellQuote(PRIMARY_CONF_LINE)).append(" >> ").append(d).append("/postgresql.conf\n");
        if (!synchronousStandbyNames.isEmpty()) {
            script.append("  printf '%s\\n' ").append(shellQuote("synchronous_standby_names = '" + synchronousStandbyNames + "'"))
                    .append(" >> ").append(d).append("/postgresql.auto.conf\n");
        }
        // overlayfs cannot rename a directory that is in the image's layers (EXDEV, "Invalid
        // cross-device link"), and PostgreSQL renames a slot's directory to drop it: the slots the
        // scenario's setup made are copied up to the container's own layer first
        script.append("  for slot in ").append(d).append("/pg_replslot/*; do\n")
                .append("    [ -d \"$slot\" ] || continue\n")
                .append("    cp -a \"$slot\" \"$slot.ride-up\"; rm -rf \"$slot\"; mv \"$slot.ride-up\" \"$slot\"\n")
                .append("  done\n");
        return script.append("  touch ").append(PRIMARY_MADE).append('\n')
                .append("fi\n")
                .append(runPostgres(d, synchronousStandbyNames.isEmpty())).toString();
    }

    /**
     * A standby in a container of the primary's prepared image: the cluster the primary started
     * from is already in it, so the first start only adds {@code standby.signal}, the settings
     * every start needs and the lines the primary's own files got ({@link #PRIMARY_HBA_LINE},
     * {@link #PRIMARY_CONF_LINE}), as the embedded engine makes a standby of a copy of the
     * primary's base. It comes up on that cluster (consistent once it has replayed its own WAL) but
     * does not stream yet: it has no {@code primary_conninfo} until ride sets
     * {@link #primaryConninfo} (ALTER SYSTEM, reload) once the primary runs and has its slots, so
     * both start at once and the standby's first connection never meets a primary still starting
     * (a refused connection would be in both logs, and the next try comes only after
     * {@code wal_retrieve_retry_interval}, 5 s). Every start runs postgres; a marker outside the
     * cluster keeps a later start (of a promoted standby, say) from making it a standby again.
     * The password comes from the {@code RIDE_PASSWORD} variable into a passfile, never into the
     * settings.
     */
    static String standby(Topology.Standby spec) {
        String d = STANDBY_PGDATA;
        List<String> conf = new ArrayList<>();
        conf.add("hot_standby_feedback = " + (spec.hotStandbyFeedback() ? "on" : "off"));
        // no recovery_min_apply_delay yet: DockerTopology sets it once the standby has the run's password
        // the primary names its synchronous standbys with ALTER SYSTEM after its start; should a
        // prepared state name any, this server, once promoted, must not wait for standbys of its own
        conf.add("synchronous_standby_names = ''");
        StringBuilder script = new StringBuilder("set -e\n")
                .append(passfile(spec.replicationUser(ContainerSpec.SUPERUSER)))
                .append("if [ ! -e ").append(STANDBY_MADE).append(" ]; then\n")
                // the prepared image's log was emptied before its commit: this keeps it so
                .append("  rm -f ").append(d).append('/').append(ServerLogSettings.DIRECTORY).append("/*\n")
                // the primary's slots are the primary's (pg_basebackup leaves them out too): a copy
                // here would hold this server's WAL for a client that never comes
                .append("  rm -rf ").append(d).append("/pg_replslot/*\n")
                .append("  printf '%s\\n'");
        for (String line : conf) {
            script.append(' ').append(shellQuote(line));
        }
        script.append(" >> ").append(d).append("/postgresql.auto.conf\n")
                .append("  printf '%s\\n' ").append(shellQuote(PRIMARY_HBA_LINE)).append(" >> ").append(d).append("/pg_hba.conf\n")
                .append("  printf '%s\\n' ").append(shellQuote(PRIMARY_CONF_LINE)).append(" >> ").append(d).append("/postgresql.conf\n")
                .append("  touch ").append(d).append("/standby.signal\n")
                .append("  chown postgres:postgres ").append(d).append("/postgresql.auto.conf ").append(d).append("/pg_hba.conf ")
                .append(d).append("/postgresql.conf ").append(d).append("/standby.signal\n")
                .append("  touch ").append(STANDBY_MADE).append('\n')
                .append("fi\n");
        return script.append(runPostgres(d)).toString();
    }

    /**
     * The standby's {@code primary_conninfo}: the primary by its name on the sandbox's network, the
     * password in the passfile the standby's script writes, and the standby's name as
     * {@code application_name} (what {@code pg_stat_replication} and {@code synchronous_standby_names} use).
     */
    static String primaryConninfo(Topology.Standby spec, String primaryHost) {
        return "host=" + primaryHost + " port=5432 user=" + spec.replicationUser(ContainerSpec.SUPERUSER) + " passfile=" + PGPASS
                + " application_name=" + spec.name();
    }

    /**
     * A base backup of the server reached as {@code host} into {@link #BACKUP} of this container,
     * whose filesystem then keeps it until the sandbox is reset or removed: with the WAL written
     * meanwhile ({@code -X stream}), so it can be restored alone, or without ({@code -X none}),
     * so a restore of it fails, as a backup without its WAL does.
     */
    static String baseBackup(String host, boolean withWal) {
        return "set -e\n"
                + "mkdir -p " + BACKUP + "; chown postgres:postgres " + BACKUP + "; chmod 700 " + BACKUP + "\n"
                + passfile(ContainerSpec.SUPERUSER) + basebackup(host, BACKUP, withWal ? "stream" : "none") + "\n"
                // not the backed-up server's log: a server restored from it starts its own
                + "rm -f " + BACKUP + "/" + ServerLogSettings.DIRECTORY + "/*\n";
    }

    /**
     * A server made from a base backup copied into this container at {@link #BACKUP} before its
     * first start: that start moves it to {@link #RESTORED_PGDATA}, where it recovers (no
     * {@code standby.signal}: it comes up as a primary); later starts run the cluster there.
     */
    static String restored() {
        String d = RESTORED_PGDATA;
        return "set -e\n"
                + "if [ ! -s " + d + "/PG_VERSION ]; then rm -rf " + d + "; mv " + BACKUP + " " + d + "; fi\n"
                + "chown -R postgres:postgres " + d + "; chmod 700 " + d + "\n"
                + runPostgres(d);
    }

    /**
     * A standby rebuilt from a base backup copied into this container at {@link #BACKUP} before
     * its first start (what {@code pg_basebackup -R} leaves): that start moves it to
     * {@link #RESTORED_PGDATA} and makes it a standby there ({@code standby.signal}, the standby's
     * own lines as {@link #standby} writes them), where it recovers to the end of the backup;
     * {@link #primaryConninfo} comes after its start, as for every standby. Later starts run the
     * cluster as it is.
     */
    static String rebuiltStandby(Topology.Standby spec) {
        String d = RESTORED_PGDATA;
        return "set -e\n"
                + passfile(spec.replicationUser(ContainerSpec.SUPERUSER))
                + "if [ ! -s " + d + "/PG_VERSION ]; then\n"
                + "  rm -rf " + d + "; mv " + BACKUP + " " + d + "\n"
                + "  printf '%s\\n' " + shellQuote("hot_standby_feedback = " + (spec.hotStandbyFeedback() ? "on" : "off"))
                + " " + shellQuote("synchronous_standby_names = ''") + " >> " + d + "/postgresql.auto.conf\n"
                + "  touch " + d + "/standby.signal\n"
                + "fi\n"
                + "chown -R postgres:postgres " + d + "; chmod 700 " + d + "\n"
                + runPostgres(d);
    }

    /** The passfile of {@code role}'s password (the run's), from the {@code RIDE_PASSWORD} variable. */
    private static String passfile(String role) {
        return "printf '*:*:*:" + role + ":%s\\n' \"$RIDE_PASSWORD\" > " + PGPASS
                + "; chown postgres:postgres " + PGPASS + "; chmod 600 " + PGPASS + "\n";
    }

    private static String basebackup(String host, String dir, String walMethod) {
        return "PGPASSFILE=" + PGPASS + " " + AS_POSTGRES + "pg_basebackup -h " + host + " -p 5432 -U " + ContainerSpec.SUPERUSER
                + " -D " + dir + " -X " + walMethod + " -c fast -w";
    }

    /** postgres as the container's first process, so that a signal to the container reaches it. */
    private static String runPostgres(String dataDir) {
        return runPostgres(dataDir, true);
    }

    /**
     * @param asyncCommit false for a primary whose commits wait for a synchronous standby: its
     *                    command line then leaves {@code synchronous_commit} to its configuration
     *                    (on by default), so that an {@code ALTER SYSTEM SET synchronous_commit}
     *                    takes effect as on a production server (a command line's setting outranks it)
     */
    private static String runPostgres(String dataDir, boolean asyncCommit) {
        StringBuilder line = new StringBuilder("exec ").append(AS_POSTGRES).append("postgres -D ").append(dataDir);
        for (String setting : serverSettings()) {
            if (!asyncCommit && setting.startsWith("synchronous_commit=")) {
                continue;
            }
            line.append(" -c ").append(shellQuote(setting));
        }
        return line.append('\n').toString();
    }

    /**
     * PgBouncer with the files given in {@code RIDE_PGBOUNCER_INI} and {@code RIDE_PGBOUNCER_AUTH};
     * exits with {@link #NO_PGBOUNCER} when the image has none.
     */
    static String pooler() {
        String dir = "/var/lib/ride/pgbouncer";
        return "command -v pgbouncer >/dev/null 2>&1 || [ -x /usr/sbin/pgbouncer ] || exit " + NO_PGBOUNCER + "; "
                + "set -e; mkdir -p " + dir + "; printf '%s' \"$RIDE_PGBOUNCER_INI\" > " + dir + "/pgbouncer.ini; "
                + "printf '%s' \"$RIDE_PGBOUNCER_AUTH\" > " + dir + "/userlist.txt; chown -R postgres:postgres " + dir
                + "; chmod 600 " + dir + "/*; PATH=$PATH:/usr/sbin; "
                + "exec setpriv --reuid=postgres --regid=postgres --init-groups pgbouncer " + dir + "/pgbouncer.ini";
    }

    /** Where the pooler container's auth file is, for its pgbouncer.ini. */
    static String poolerAuthFile() {
        return "/var/lib/ride/pgbouncer/userlist.txt";
    }

    /** The settings of every ride container, as a standby runs postgres itself. */
    static List<String> serverSettings() {
        List<String> settings = new ArrayList<>(ContainerSpec.SETTINGS);
        settings.addAll(ContainerSpec.SMALL_WAL);
        settings.add("listen_addresses=*");
        settings.addAll(ServerLogSettings.SETTINGS);
        return settings;
    }

    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }
}

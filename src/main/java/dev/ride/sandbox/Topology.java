package dev.ride.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The servers of one sandbox and what stands in front of them: a primary, any number of physical
 * streaming standbys of it, and optionally a PgBouncer in front of the primary. Most scenarios
 * have the primary alone ({@link #single()}). Names are lower-case identifiers: the shell maps
 * {@code \c db - standby} onto them, and a standby's replication slot is named after it.
 *
 * @param primary  the primary's name ({@link #PRIMARY} unless a scenario says otherwise)
 * @param standbys streaming standbys of the primary, in start order
 * @param pooler   a PgBouncer in front of the primary
 * @param choices  the configuration choices its parts offer the learner ({@code :action choose})
 */
public record Topology(String primary, List<Standby> standbys, Optional<Pooler> pooler, List<ConfigChoice> choices) {

    public static final String PRIMARY = "primary";

    public Topology {
        standbys = List.copyOf(standbys);
        choices = List.copyOf(choices);
    }

    /** A topology that offers no configuration choices. */
    public Topology(String primary, List<Standby> standbys, Optional<Pooler> pooler) {
        this(primary, standbys, pooler, List.of());
    }

    public Optional<ConfigChoice> choice(String name) {
        return choices.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** One server, named {@code primary}: what every scenario without {@code servers:} gets. */
    public static Topology single() {
        return new Topology(PRIMARY, List.of(), Optional.empty());
    }

    /**
     * True for the primary alone, no standby, no pooler and no configuration choice: a plain
     * sandbox. A server with a choice of its pg_hba.conf runs as a topology of one server, whose
     * {@code :action} makes the choice and reloads it.
     */
    public boolean isSingleServer() {
        return standbys.isEmpty() && pooler.isEmpty() && choices.isEmpty();
    }

    /** Every server's name, the primary first. */
    public List<String> serverNames() {
        List<String> names = new ArrayList<>();
        names.add(primary);
        standbys.forEach(s -> names.add(s.name()));
        return names;
    }

    /**
     * The scenario's own replication roles (the standbys' {@code replication_role}s), each once:
     * they get the run's password on the primary before any standby logs in with it.
     */
    public List<String> replicationRoles() {
        return standbys.stream().map(Standby::replicationRole).filter(java.util.Objects::nonNull).distinct().toList();
    }

    public Optional<Standby> standby(String name) {
        return standbys.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * A physical streaming replica of the primary.
     *
     * @param name               its name
     * @param slot               streams through a physical replication slot named after it
     * @param sync               named in the primary's {@code synchronous_standby_names}, so commits wait for it
     * @param hotStandbyFeedback {@code hot_standby_feedback}
     * @param applyDelay         {@code recovery_min_apply_delay} (zero: none)
     * @param replayPaused       replay is paused once it runs ({@code pg_wal_replay_pause()})
     * @param replicationRole    the role its walreceiver logs in to the primary as: a role the
     *                           scenario's setup made (with {@code REPLICATION LOGIN}), which gets
     *                           the run's password; null for the sandbox's superuser
     */
    public record Standby(String name, boolean slot, boolean sync, boolean hotStandbyFeedback, Duration applyDelay,
                          boolean replayPaused, String replicationRole) {

        /** A standby that streams as the sandbox's superuser. */
        public Standby(String name, boolean slot, boolean sync, boolean hotStandbyFeedback, Duration applyDelay,
                       boolean replayPaused) {
            this(name, slot, sync, hotStandbyFeedback, applyDelay, replayPaused, null);
        }

        /** A plain asynchronous standby: no slot, no feedback, no delay, replaying. */
        public static Standby plain(String name) {
            return new Standby(name, false, false, false, Duration.ZERO, false);
        }

        /** The role its walreceiver logs in as: its own replication role, else {@code superuser}. */
        public String replicationUser(String superuser) {
            return replicationRole == null ? superuser : replicationRole;
        }

        /** The replication slot's name, when it has one. */
        public String slotName() {
            return name;
        }
    }

    /**
     * PgBouncer in front of the primary. Every database name reaches the database of that name on
     * the primary; the admin console is the database {@code pgbouncer}, for the sandbox's superuser.
     *
     * @param name             its name
     * @param poolMode         session, transaction or statement
     * @param defaultPoolSize  server connections per user and database
     * @param minPoolSize      kept open even when idle
     * @param reservePoolSize  extra connections when a client waits too long
     * @param maxClientConn    client connections accepted
     * @param maxDbConnections server connections per database (0: no limit)
     * @param auth             how clients authenticate to it
     * @param queryWaitTimeoutSeconds how long a client's query may wait for a server connection before
     *                         PgBouncer disconnects it (0: for ever)
     */
    public record Pooler(String name, PoolMode poolMode, int defaultPoolSize, int minPoolSize, int reservePoolSize,
                         int maxClientConn, int maxDbConnections, PoolerAuth auth, int queryWaitTimeoutSeconds) {

        public static final String NAME = "pooler";
        /** PgBouncer's default {@code query_wait_timeout}. */
        public static final int QUERY_WAIT_TIMEOUT_SECONDS = 120;

        /** A pooler with PgBouncer's default {@code query_wait_timeout}. */
        public Pooler(String name, PoolMode poolMode, int defaultPoolSize, int minPoolSize, int reservePoolSize,
                      int maxClientConn, int maxDbConnections, PoolerAuth auth) {
            this(name, poolMode, defaultPoolSize, minPoolSize, reservePoolSize, maxClientConn, maxDbConnections, auth,
                    QUERY_WAIT_TIMEOUT_SECONDS);
        }

        /** PgBouncer's own defaults, in session mode, with SCRAM. */
        public static Pooler defaults() {
            return new Pooler(NAME, PoolMode.SESSION, 20, 0, 0, 100, 0, PoolerAuth.SCRAM_SHA_256);
        }
    }

    /** PgBouncer's {@code pool_mode}. */
    public enum PoolMode {
        SESSION, TRANSACTION, STATEMENT;

        /** As written in pgbouncer.ini and in a manifest. */
        public String configName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** PgBouncer's {@code auth_type} for clients. */
    public enum PoolerAuth {
        MD5("md5"), SCRAM_SHA_256("scram-sha-256");

        private final String configName;

        PoolerAuth(String configName) {
            this.configName = configName;
        }

        public String configName() {
            return configName;
        }
    }
}

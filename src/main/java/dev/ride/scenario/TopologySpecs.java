package dev.ride.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import dev.ride.sandbox.Topology;

/**
 * The manifest's {@code servers:} and {@code pooler:} (format 2), checked and turned into a
 * {@link Topology}. Kept apart from {@link ManifestValidator} so each reads on its own. Without
 * either block a scenario has one server, {@code primary}.
 */
final class TopologySpecs {

    /** Server names are host names in {@code \c db user host}: short lower-case identifiers. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");
    /** A role name as a setup writes it unquoted: it goes into primary_conninfo and a passfile as it is. */
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** PgBouncer's hard ceiling is far higher; a sandbox beyond this is a typo. */
    private static final int MAX_POOL_SETTING = 10_000;

    private final BiFunction<String, String, ScenarioException> fail;

    /** @param fail makes the {@code file:line: reason} error for a JSON pointer and a reason */
    TopologySpecs(BiFunction<String, String, ScenarioException> fail) {
        this.fail = fail;
    }

    Topology topology(List<Manifest.ServerEntry> servers, Manifest.PoolerEntry pooler, int format, int liveFormat) {
        if (servers == null && pooler == null) {
            return Topology.single();
        }
        if (format < liveFormat) {
            throw fail.apply(servers != null ? "/servers" : "/pooler",
                    (servers != null ? "servers:" : "pooler:") + " needs format " + liveFormat + " (this manifest says format " + format + ")");
        }
        Map<String, String> names = new LinkedHashMap<>();
        String primary = Topology.PRIMARY;
        List<Topology.Standby> standbys = new ArrayList<>();
        if (servers != null) {
            primary = null;
            for (int i = 0; i < servers.size(); i++) {
                String at = "/servers/" + i;
                Manifest.ServerEntry entry = servers.get(i);
                if (entry == null) {
                    throw fail.apply(at, "empty server: give it at least a name");
                }
                String name = name(entry.name(), at, names);
                if (entry.standbyOf() == null) {
                    if (primary != null) {
                        throw fail.apply(at, "server '" + name + "' has no standby_of, but '" + primary
                                + "' is the primary already: a standby names its primary with standby_of");
                    }
                    primary = name;
                    rejectStandbyKeys(entry, at, name);
                } else {
                    standbys.add(standby(entry, at, name));
                }
            }
            if (primary == null) {
                throw fail.apply("/servers", "servers: name one primary (a server without standby_of)");
            }
            for (int i = 0; i < servers.size(); i++) {
                String of = servers.get(i).standbyOf();
                if (of != null && !of.equals(primary)) {
                    throw fail.apply("/servers/" + i + "/standby_of", "standby_of names '" + of
                            + "'; a standby streams from the primary, '" + primary + "' (no cascading yet)");
                }
            }
        } else {
            names.put(primary, "/servers");
        }
        return new Topology(primary, standbys, pooler == null ? Optional.empty() : Optional.of(pooler(pooler, primary, names)));
    }

    private String name(String name, String at, Map<String, String> names) {
        if (name == null) {
            throw fail.apply(at, "missing required key 'name' in " + readable(at));
        }
        if (!NAME.matcher(name).matches()) {
            throw fail.apply(at + "/name", "name '" + name + "' must be a lower-case identifier (a letter, then letters,"
                    + " digits, _; at most 31 characters): the shell reaches it as a host name");
        }
        String first = names.putIfAbsent(name, at);
        if (first != null) {
            throw fail.apply(at + "/name", "the name '" + name + "' is already taken by " + readable(first));
        }
        return name;
    }

    private void rejectStandbyKeys(Manifest.ServerEntry e, String at, String name) {
        List<String> keys = new ArrayList<>();
        if (e.slot() != null) keys.add("slot");
        if (e.sync() != null) keys.add("sync");
        if (e.hotStandbyFeedback() != null) keys.add("hot_standby_feedback");
        if (e.applyDelay() != null) keys.add("apply_delay");
        if (e.replayPaused() != null) keys.add("replay_paused");
        if (e.replicationRole() != null) keys.add("replication_role");
        if (!keys.isEmpty()) {
            throw fail.apply(at + "/" + keys.get(0), String.join(", ", keys) + " only apply to a standby, and '" + name
                    + "' is the primary (a standby has standby_of)");
        }
    }

    private Topology.Standby standby(Manifest.ServerEntry e, String at, String name) {
        Duration delay = Duration.ZERO;
        if (e.applyDelay() != null) {
            try {
                delay = Durations.parse(e.applyDelay());
            } catch (IllegalArgumentException bad) {
                throw fail.apply(at + "/apply_delay", "apply_delay: " + bad.getMessage());
            }
        }
        String role = e.replicationRole();
        if (role != null && (!ROLE.matcher(role).matches() || role.startsWith("pg_"))) {
            throw fail.apply(at + "/replication_role", "replication_role '" + role + "' must be a role the setup makes,"
                    + " named as a lower-case identifier (a letter or _, then letters, digits, _), not pg_...");
        }
        return new Topology.Standby(name, isTrue(e.slot()), isTrue(e.sync()), isTrue(e.hotStandbyFeedback()), delay,
                isTrue(e.replayPaused()), role);
    }

    private Topology.Pooler pooler(Manifest.PoolerEntry e, String primary, Map<String, String> names) {
        String at = "/pooler";
        String name = e.name() == null ? Topology.Pooler.NAME : null;
        if (name != null) {
            if (names.containsKey(name)) {
                throw fail.apply(at, "the pooler's default name '" + name + "' is a server's name: give the pooler a name");
            }
        } else {
            name = name(e.name(), at, names);
        }
        if (e.inFrontOf() != null && !e.inFrontOf().equals(primary)) {
            throw fail.apply(at + "/in_front_of", "in_front_of names '" + e.inFrontOf() + "'; the pooler stands in front of the primary, '"
                    + primary + "'");
        }
        Topology.Pooler d = Topology.Pooler.defaults();
        Topology.PoolMode mode = d.poolMode();
        if (e.poolMode() != null) {
            try {
                mode = Topology.PoolMode.valueOf(e.poolMode().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException bad) {
                throw fail.apply(at + "/pool_mode", "pool_mode '" + e.poolMode() + "' must be session, transaction or statement");
            }
        }
        Topology.PoolerAuth auth = d.auth();
        if (e.auth() != null) {
            auth = java.util.Arrays.stream(Topology.PoolerAuth.values())
                    .filter(a -> a.configName().equals(e.auth().strip()))
                    .findFirst()
                    .orElseThrow(() -> fail.apply(at + "/auth", "auth '" + e.auth() + "' must be scram-sha-256 or md5"));
        }
        int poolSize = count(e.defaultPoolSize(), d.defaultPoolSize(), 1, at, "default_pool_size");
        int minPool = count(e.minPoolSize(), d.minPoolSize(), 0, at, "min_pool_size");
        if (minPool > poolSize) {
            throw fail.apply(at + "/min_pool_size", "min_pool_size " + minPool + " is larger than default_pool_size " + poolSize);
        }
        return new Topology.Pooler(name, mode, poolSize, minPool,
                count(e.reservePoolSize(), d.reservePoolSize(), 0, at, "reserve_pool_size"),
                count(e.maxClientConn(), d.maxClientConn(), 1, at, "max_client_conn"),
                count(e.maxDbConnections(), d.maxDbConnections(), 0, at, "max_db_connections"), auth,
                count(e.queryWaitTimeout(), d.queryWaitTimeoutSeconds(), 0, at, "query_wait_timeout"));
    }

    private int count(Integer value, int fallback, int min, String at, String key) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > MAX_POOL_SETTING) {
            throw fail.apply(at + "/" + key, key + " must be between " + min + " and " + MAX_POOL_SETTING + " (it is " + value + ")");
        }
        return value;
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    /** {@code /servers/1} as an author reads it: {@code servers[1]}. */
    private static String readable(String pointer) {
        return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }
}

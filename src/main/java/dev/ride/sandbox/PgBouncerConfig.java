package dev.ride.sandbox;

/**
 * The text of PgBouncer's two files for a scenario's pooler, {@code pgbouncer.ini} and its auth
 * file, the same for every engine: the embedded one runs the host's PgBouncer on 127.0.0.1, the
 * docker one runs it in a container of the sandbox's network.
 */
public final class PgBouncerConfig {

    private PgBouncerConfig() {
    }

    /**
     * Every database name reaches the database of that name on the primary, with the client's
     * own user. The superuser logs in with the password of the auth file (PgBouncer can then
     * speak SCRAM to the server itself); every other role is looked up on the server through
     * {@code auth_query} as the superuser.
     */
    public static String ini(Topology.Pooler spec, String listenAddress, int port, String serverHost, int serverPort,
                             String authFile, String superuser) {
        return ini(spec, listenAddress, port, serverHost, serverPort, authFile, superuser, java.util.Map.of());
    }

    /**
     * The same, with an entry of its own for each database of {@code databases} (the learner's
     * configuration choices): the database's settings after the server's address, e.g.
     * {@code pricing = host=127.0.0.1 port=5433 pool_mode=session}.
     */
    public static String ini(Topology.Pooler spec, String listenAddress, int port, String serverHost, int serverPort,
                             String authFile, String superuser, java.util.Map<String, java.util.Map<String, String>> databases) {
        StringBuilder entries = new StringBuilder();
        new java.util.TreeMap<>(databases).forEach((db, settings) -> {
            entries.append(db).append(" = host=").append(serverHost).append(" port=").append(serverPort);
            new java.util.TreeMap<>(settings).forEach((k, v) -> entries.append(' ').append(k).append('=').append(v));
            entries.append('\n');
        });
        return String.join("\n",
                "; written by ride for this sandbox; changes last until the sandbox goes away",
                "[databases]",
                entries + "* = host=" + serverHost + " port=" + serverPort,
                "",
                "[pgbouncer]",
                "listen_addr = " + listenAddress,
                "listen_port = " + port,
                // no Unix socket: every part of a sandbox is reached over TCP
                "unix_socket_dir =",
                "auth_type = " + spec.auth().configName(),
                "auth_file = " + authFile,
                "auth_user = " + superuser,
                "admin_users = " + superuser,
                "stats_users = " + superuser,
                "pool_mode = " + spec.poolMode().configName(),
                "default_pool_size = " + spec.defaultPoolSize(),
                "min_pool_size = " + spec.minPoolSize(),
                "reserve_pool_size = " + spec.reservePoolSize(),
                "max_client_conn = " + spec.maxClientConn(),
                "max_db_connections = " + spec.maxDbConnections(),
                "query_wait_timeout = " + spec.queryWaitTimeoutSeconds(),
                // PgBouncer waits 15 s after a failed server login by default; a drill's failover
                // (repoint-pooler, a restarted server) should be seen within a second
                "server_login_retry = 1",
                // pgjdbc sends extra_float_digits at login, psql may send options; replication is
                // how ride's own pgjdbc session reaches the admin console (Endpoint.connect)
                "ignore_startup_parameters = extra_float_digits,options,replication",
                "")
                + "\n";
    }

    /** {@code "user" "password"}: the plain password, so PgBouncer can log into the server with SCRAM. */
    public static String authFile(String user, String password) {
        return "\"" + user + "\" \"" + password + "\"\n";
    }
}

package dev.ride.shell;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * The shell's connection to its current database: opening another one ({@code \c}), reconnecting
 * after a loss or a {@code :reset}, and the facts the prompt and {@code \conninfo} show (user,
 * host and port, transaction state, superuser). Like psql, it keeps the variables DBNAME and USER
 * up to date. The connection is null while the server cannot be reached.
 */
public final class ShellConnection implements AutoCloseable {

    /** psql's exit status when the connection is lost or a script's {@code \connect} fails. */
    public static final int EXIT_BAD_CONNECTION = 2;

    private final ShellHost host;
    private final ShellVariables variables;
    private final HostAliases aliases;
    private Connection connection;
    private String database;
    /** The user, host and port connected to, when the host serves any server (null in a drill). */
    private ConnectTarget target;
    /** psql's last_error_result: the last error of any query, for {@code \\errverbose}; kept across {@code \\c}. */
    private SQLException lastError;
    private String lastErrorQuery;

    ShellConnection(ShellHost host, ShellVariables variables, String database) throws SQLException {
        this.host = host;
        this.variables = variables;
        this.aliases = host.hostAliases();
        this.target = host.target(database);
        this.connection = target == null ? host.connect(database) : host.connect(target, address(target));
        this.database = database;
        setVariables();
    }

    /** Where and as whom the shell is connected, or null when the host serves one server and user. */
    public ConnectTarget target() {
        return target;
    }

    /** Where {@code target} is reached: a registered server name's address (with the target's port), else the host itself. */
    public HostAliases.Address address(ConnectTarget target) {
        String host = aliases.resolve(target.host()).map(HostAliases.Address::host).orElse(target.host());
        return new HostAliases.Address(host, target.port());
    }

    /**
     * Whether {@code host} names nothing: not one of the drill's servers and not a name this machine
     * resolves. psql says so before it tries to connect ("could not translate host name").
     */
    public boolean unknownHost(String host) {
        if (host == null || host.startsWith("/") || aliases.resolve(host).isPresent()) {
            return false;
        }
        if (!aliases.names().isEmpty()) {
            // a drill's servers are on this machine: no name lookup (which may hang without a network)
            return !host.equals("localhost") && !host.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*");
        }
        try {
            java.net.InetAddress.getByName(host);
            return false;
        } catch (java.net.UnknownHostException e) {
            return true;
        }
    }

    /** The drill's server names, for a message that lists them; empty outside a drill of several servers. */
    public java.util.List<String> serverNames() {
        return aliases.names();
    }

    /** The port a registered server name stands for, used by {@code \\c} when no port is given. */
    public java.util.Optional<String> aliasPort(String host) {
        return aliases.resolve(host).map(HostAliases.Address::port);
    }

    /**
     * The numeric address psql shows beside a host name ({@code PQhostaddr}), or null when the host
     * is already an address.
     */
    public String numericAddress(ConnectTarget target) {
        String host = address(target).host();
        try {
            String resolved = java.net.InetAddress.getByName(host).getHostAddress();
            return resolved.equals(target.host()) ? null : resolved;
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    /** A new connection to {@code next}, not yet taken: {@code \c} keeps the old one if this fails. */
    public Connection open(ConnectTarget next) throws SQLException {
        return host.connect(next, address(next));
    }

    /** Takes {@code next} (from {@link #open(ConnectTarget)}) as the connection to {@code newTarget}. */
    public void switchTo(ConnectTarget newTarget, Connection next) {
        target = newTarget;
        switchTo(newTarget.database(), next);
    }

    /** Keeps {@code error} (of a query sent as {@code query}) as the last one, as psql's ClearOrSaveResult does. */
    public void rememberError(SQLException error, String query) {
        lastError = error;
        lastErrorQuery = query;
    }

    /** The last error as {@code \\errverbose} shows it (every field, with CONTEXT); null when there was none. */
    public String lastErrorVerbose() {
        return lastError == null ? null : ErrorText.of(lastError, lastErrorQuery, MessageStyle.EVERYTHING);
    }

    /** The JDBC connection, or null when there is none. */
    public Connection jdbc() {
        return connection;
    }

    public boolean isOpen() {
        return connection != null;
    }

    /** The database the shell is connected to (or was, while the connection is lost). */
    public String database() {
        return database;
    }

    /** A new connection to {@code otherDatabase}, not yet taken: {@code \c} keeps the old one if this fails. */
    public Connection open(String otherDatabase) throws SQLException {
        return host.connect(otherDatabase);
    }

    /** Takes {@code next} (from {@link #open}) as the connection to {@code newDatabase}, closing the old one. */
    public void switchTo(String newDatabase, Connection next) {
        closeQuietly(connection);
        connection = next;
        database = newDatabase;
        setVariables();
    }

    /** A new session on the same database; when the server does not answer, there is no connection. */
    void reconnect() throws SQLException {
        drop();
        connection = target == null ? host.connect(database) : host.connect(target, address(target));
    }

    /** Closes the connection, e.g. once it is known to be lost. */
    void drop() {
        closeQuietly(connection);
        connection = null;
    }

    /** True when the connection the server dropped (or there is none). */
    public boolean isClosed() {
        try {
            return connection == null || connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** Asks the server to cancel the running query (Ctrl-C). */
    public void cancelQuery() throws SQLException {
        connection.unwrap(PGConnection.class).cancelQuery();
    }

    /** The URL for the learner's own tools, shown by {@code \conninfo}. */
    public String connectionString() {
        // on a standby or the pooler, that server's string, not the primary's
        return target == null ? host.connectionString(database) : host.connectionString(target.withDatabase(database));
    }

    public TransactionState transactionState() {
        try {
            return connection.unwrap(BaseConnection.class).getTransactionState();
        } catch (SQLException e) {
            return TransactionState.IDLE;
        }
    }

    boolean isSuperuser() {
        try {
            return "on".equals(connection.unwrap(PGConnection.class).getParameterStatus("is_superuser"));
        } catch (SQLException e) {
            return false;
        }
    }

    public String userName() {
        try {
            return connection.getMetaData().getUserName();
        } catch (SQLException e) {
            return "";
        }
    }

    /** Host and port of the current connection, from its JDBC URL; empty strings when not connected. */
    public String[] hostAndPort() {
        if (target != null) {
            return new String[] {target.host(), target.port()};
        }
        if (connection == null) {
            // the connection was lost (the server crashed): where the host connects, as psql would say
            return serverOf(host.connectionString(database()));
        }
        String url;
        try {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            return new String[] {"", ""};
        }
        String rest = url.replaceFirst("^jdbc:postgresql://", "");
        int slash = rest.indexOf('/');
        String authority = slash >= 0 ? rest.substring(0, slash) : rest;
        int colon = authority.lastIndexOf(':');
        if (colon > 0 && !authority.endsWith("]")) {
            return new String[] {authority.substring(0, colon), authority.substring(colon + 1)};
        }
        return new String[] {authority, "5432"};
    }

    /** A LIKE pattern of the databases the host keeps for itself ({@link ShellHost#internalDatabases}). */
    public String internalDatabases() {
        return host.internalDatabases();
    }

    /** Host and port of a libpq URI ({@code postgresql://user:password@host:port/db}). */
    private static String[] serverOf(String uri) {
        try {
            java.net.URI parsed = new java.net.URI(uri);
            return new String[] {parsed.getHost() == null ? "" : parsed.getHost(),
                    parsed.getPort() < 0 ? "5432" : String.valueOf(parsed.getPort())};
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return new String[] {"", ""};
        }
    }

    @Override
    public void close() {
        drop();
    }

    /** psql sets DBNAME and USER for the current connection. */
    private void setVariables() {
        variables.set("DBNAME", database);
        String user = connection == null ? "" : userName();
        if (!user.isEmpty()) {
            variables.set("USER", user);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the connection is being dropped anyway
        }
    }
}

package dev.ride.shell.client;

import dev.ride.shell.ConnectTarget;
import dev.ride.shell.HostAliases;
import dev.ride.shell.ShellHost;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Function;

/**
 * The shell's host when it runs as {@code ride psql}: no drill, no ':' commands, connections to
 * any server. A password comes, as with libpq, from the command line's URI or
 * {@code PGPASSWORD}, else from the password file, else (unless {@code -w}) from a prompt once
 * the server asks for one; {@code -W} prompts before the first attempt.
 */
public final class StandaloneHost implements ShellHost {

    /** How to ask for a password: the prompt text in, the typed password (or null) out. */
    public interface PasswordPrompt extends Function<String, String> {
    }

    private final ClientParameters start;
    private final PgPass pgpass;
    private final PasswordPrompt prompt;
    private final HostAliases aliases = new HostAliases();
    /** The password typed at a prompt, reused while user, host and port stay the same (psql's rule). */
    private String typed;
    private ConnectTarget typedFor;

    /**
     * @param prompt      asks for a password, or null when there is no terminal
     * @param forcePrompt {@code -W}: ask before connecting
     * @param neverPrompt {@code -w}: never ask
     */
    public StandaloneHost(ClientParameters start, PgPass pgpass, PasswordPrompt prompt, boolean forcePrompt,
                          boolean neverPrompt) {
        this.start = start;
        this.pgpass = pgpass;
        this.prompt = neverPrompt ? null : prompt;
        if (forcePrompt && this.prompt != null) {
            typed = this.prompt.apply(promptText(start.target()));
            typedFor = start.target();
        }
    }

    @Override
    public ConnectTarget target(String database) {
        return start.target().withDatabase(database);
    }

    @Override
    public Connection connect(String database) throws SQLException {
        ConnectTarget target = target(database);
        return connect(target, new HostAliases.Address(target.host(), target.port()));
    }

    @Override
    public Connection connect(ConnectTarget target, HostAliases.Address address) throws SQLException {
        String password = password(target);
        try {
            return open(target, address, password);
        } catch (SQLException e) {
            if (password == null && prompt != null && asksForPassword(e)) {
                typed = prompt.apply(promptText(target));
                typedFor = target;
                return open(target, address, typed);
            }
            throw e;
        }
    }

    @Override
    public HostAliases hostAliases() {
        return aliases;
    }

    private Connection open(ConnectTarget target, HostAliases.Address address, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", target.user());
        if (password != null) {
            props.setProperty("password", password);
        }
        if (start.options() != null) {
            props.setProperty("options", start.options());
        }
        props.setProperty("ApplicationName", "psql");
        // application_name goes in the startup packet, as libpq sends it; pgjdbc sends it so only
        // when told the server is 9.0 or later, else it costs a SET and a round trip per login
        props.setProperty("assumeMinServerVersion", "9.0");
        props.setProperty("connectTimeout", "10");
        String url = "jdbc:postgresql://" + hostForUrl(address.host()) + ":" + address.port() + "/"
                + URLEncoder.encode(target.database(), StandardCharsets.UTF_8);
        return DriverManager.getConnection(url, props);
    }

    private String password(ConnectTarget target) {
        if (typed != null && typedFor != null && typedFor.user().equals(target.user())
                && typedFor.host().equals(target.host()) && typedFor.port().equals(target.port())) {
            return typed;
        }
        if (start.password() != null) {
            return start.password();
        }
        return pgpass == null ? null : pgpass.lookup(target.host(), target.port(), target.database(), target.user());
    }

    /** pgjdbc's "no password was provided" (08004) for a server that asks for one. */
    private static boolean asksForPassword(SQLException e) {
        return "08004".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("password");
    }

    private static String promptText(ConnectTarget target) {
        return "Password for user " + target.user() + ": ";
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** None: {@code \\conninfo} prints psql's line alone. */
    @Override
    public String connectionString(String database) {
        return null;
    }
}

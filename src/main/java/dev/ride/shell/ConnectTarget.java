package dev.ride.shell;

/**
 * Where a connection goes and as whom: libpq's dbname, user, host and port. {@code host} is the
 * name as typed (a drill's server name such as {@code standby} included); {@link HostAliases}
 * turns it into an address before anything connects.
 */
public record ConnectTarget(String database, String user, String host, String port) {

    public ConnectTarget withDatabase(String other) {
        return new ConnectTarget(other, user, host, port);
    }
}

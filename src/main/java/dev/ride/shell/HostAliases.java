package dev.ride.shell;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server names that stand for an address on this machine, e.g. {@code standby} for
 * 127.0.0.1:54321 in a drill with several servers. {@code \c - - standby} connects there, and
 * psql's messages keep the name as typed with the address beside it. Empty unless a drill
 * registers names.
 */
public final class HostAliases {

    /** The address a name stands for. */
    public record Address(String host, String port) {
    }

    private final Map<String, Address> names = new ConcurrentHashMap<>();

    public void register(String name, String host, int port) {
        names.put(name, new Address(host, String.valueOf(port)));
    }

    /** The address {@code name} stands for, if it is a registered server name. */
    public Optional<Address> resolve(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(names.get(name));
    }
}

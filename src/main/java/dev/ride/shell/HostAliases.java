package dev.ride.shell;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    // in the order the drill registered them (its scenario's order), for messages that list them
    private final Map<String, Address> names = Collections.synchronizedMap(new LinkedHashMap<>());

    public void register(String name, String host, int port) {
        names.put(name, new Address(host, String.valueOf(port)));
    }

    /** The address {@code name} stands for, if it is a registered server name. */
    public Optional<Address> resolve(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(names.get(name));
    }

    /** The registered server names, in the drill's order; empty outside a drill of several servers. */
    public List<String> names() {
        synchronized (names) {
            return List.copyOf(names.keySet());
        }
    }
}

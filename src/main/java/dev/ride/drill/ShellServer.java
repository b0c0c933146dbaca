package dev.ride.drill;

import java.util.List;
import java.util.Optional;

import dev.ride.sandbox.Endpoint;
import dev.ride.shell.ConnectTarget;

/**
 * Which server of a sandbox of several the shell is on, from its connection's target: the part
 * of that name (`\c shop - standby`), or of that port (`\c shop - 127.0.0.1 40687`). PgBouncer
 * is no server with a log of its own to read over SQL: on the pooler, none.
 */
final class ShellServer {

    private ShellServer() {
    }

    static Optional<Endpoint> of(List<Endpoint> parts, ConnectTarget target) {
        if (target == null) {
            return Optional.empty();
        }
        return parts.stream()
                .filter(e -> e.name().equals(target.host()) || String.valueOf(e.port()).equals(target.port()))
                .findFirst()
                .filter(e -> e.kind() != Endpoint.Kind.POOLER);
    }
}

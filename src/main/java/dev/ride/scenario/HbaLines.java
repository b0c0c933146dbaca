package dev.ride.scenario;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a pg_hba.conf line of a scenario's choice may say: a {@code host} (or {@code hostnossl})
 * rule for any client address, with a method that needs nothing outside the sandbox. A line the
 * server would refuse at {@code reload-config} ("pg_hba.conf was not reloaded") is refused when
 * the scenario loads instead, and so is one that would behave differently on the two engines.
 */
final class HbaLines {

    private static final Set<String> TYPES = Set.of("host", "hostnossl");
    private static final List<String> METHODS = List.of("scram-sha-256", "md5", "password", "trust", "reject");
    /** A database or user field: names, comma lists, {@code +group}, quoted names; no {@code @file}. */
    private static final Pattern NAMES = Pattern.compile("[A-Za-z0-9_+\"-]+(,[A-Za-z0-9_+\"-]+)*");
    private static final Pattern AUTH_OPTION = Pattern.compile("[a-z_]+=\\S+");

    private HbaLines() {
    }

    /** Why {@code line} cannot be one of a choice's lines, or empty when it can. */
    static Optional<String> problem(String line) {
        if (line == null || line.isBlank()) {
            return Optional.of("a pg_hba.conf line may not be empty");
        }
        if (line.contains("\n") || line.contains("\\") || line.contains("#")) {
            return Optional.of("a pg_hba.conf line is one rule: no line breaks, backslashes or comments");
        }
        String[] f = line.strip().split("\\s+");
        if (f[0].equals("local")) {
            return Optional.of("'local' rules never match: ride's servers are reached over TCP; write a host line");
        }
        if (!TYPES.contains(f[0])) {
            return Optional.of("'" + f[0] + "' is not a connection type ride's servers take: host or hostnossl");
        }
        if (f.length < 5) {
            return Optional.of("a host line has five fields: host DATABASE USER ADDRESS METHOD (it has " + f.length + ")");
        }
        if (!NAMES.matcher(f[1]).matches() || !NAMES.matcher(f[2]).matches()) {
            return Optional.of("the database and user fields are names, comma lists or 'all' ('" + f[1] + "', '" + f[2] + "')");
        }
        if (!f[3].equals("all")) {
            // docker's clients arrive from the network's gateway and the pooler's container, embedded's
            // from 127.0.0.1: only 'all' means the same on both engines
            return Optional.of("the address must be 'all' (it is '" + f[3] + "'): clients reach a docker server from the"
                    + " network's addresses, an embedded one from 127.0.0.1, so only 'all' matches the same clients on both");
        }
        if (!METHODS.contains(f[4])) {
            return Optional.of("method '" + f[4] + "' is not one of " + METHODS);
        }
        for (int i = 5; i < f.length; i++) {
            if (!AUTH_OPTION.matcher(f[i]).matches()) {
                return Optional.of("'" + f[i] + "' after the method is not an option (name=value)");
            }
        }
        return Optional.empty();
    }
}

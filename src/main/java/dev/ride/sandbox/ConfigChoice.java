package dev.ride.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configuration choice a scenario offers the learner ({@code choices:}), made with
 * {@code :action choose NAME OPTION}: a few named options for one setting of one part of the
 * topology, written into that part's configuration file the way an operator edits it. Like an
 * edited file, a choice takes effect at the next {@code reload-config} of that part. The first
 * option is how the scenario starts; {@code :reset} returns to it.
 *
 * <p>What an option sets depends on what the choice edits: on the pooler, settings of one
 * database's entry in pgbouncer.ini's {@code [databases]} ({@code pool_mode}, {@code pool_size},
 * {@code reserve_pool}, {@code max_db_connections}); on a server, lines of its pg_hba.conf
 * (designed, not built yet).
 *
 * @param name     as typed after {@code :action choose}
 * @param about    one line for {@code :action}'s list
 * @param edits    the part whose file it edits: the pooler's name, or a server's
 * @param database the pooler database entry the options set (a pooler choice)
 * @param options  option name → its settings, the start option first
 */
public record ConfigChoice(String name, String about, String edits, String database,
                           Map<String, Map<String, String>> options) {

    /** The per-database settings of pgbouncer.ini that a pooler choice may set. */
    public static final List<String> POOLER_SETTINGS = List.of("pool_mode", "pool_size", "reserve_pool", "max_db_connections");

    public ConfigChoice {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        options.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        options = java.util.Collections.unmodifiableMap(copy);
    }

    /** The option the scenario starts with. */
    public String start() {
        return options.keySet().iterator().next();
    }

    public Optional<Map<String, String>> option(String option) {
        return Optional.ofNullable(options.get(option));
    }
}

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
 * {@code reserve_pool}, {@code max_db_connections}); on a server, lines of its pg_hba.conf placed
 * before the sandbox's own rules ({@link PgHbaChoices}), kept as one setting {@link #HBA} whose
 * value is the lines joined by newlines ({@link #hbaLines}).
 *
 * @param name     as typed after {@code :action choose}
 * @param about    one line for {@code :action}'s list
 * @param edits    the part whose file it edits: the pooler's name, or a server's
 * @param database the pooler database entry the options set (a pooler choice); null for a choice of pg_hba.conf
 * @param options  option name → its settings, the start option first
 */
public record ConfigChoice(String name, String about, String edits, String database,
                           Map<String, Map<String, String>> options) {

    /** The per-database settings of pgbouncer.ini that a pooler choice may set. */
    public static final List<String> POOLER_SETTINGS = List.of("pool_mode", "pool_size", "reserve_pool", "max_db_connections");

    /** The one setting of a pg_hba.conf option: its lines, joined by newlines (empty: no lines). */
    public static final String HBA = "hba";

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

    /** {@code option}'s settings; a {@link SandboxException} naming the options when it has no such option. */
    public Map<String, String> requireOption(String option) {
        return option(option).orElseThrow(() -> new SandboxException(
                name + " has no option " + option + "; its options: " + String.join(", ", options.keySet())));
    }

    /** The line every engine answers once {@code option} is written into the file, before the reload. */
    public String chosen(String option) {
        String what;
        if (editsHba()) {
            List<String> lines = hbaLines(option);
            what = edits + "'s pg_hba.conf now " + (lines.isEmpty() ? "has only the sandbox's own rules"
                    : "starts with " + String.join("; ", lines));
        } else {
            what = edits + "'s pgbouncer.ini now gives " + database + " " + String.join(" ", new java.util.TreeMap<>(
                    requireOption(option)).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
        return what + "; it takes effect at :action reload-config " + edits + ".";
    }

    /** True for a choice of a server's pg_hba.conf, false for one of the pooler's pgbouncer.ini. */
    public boolean editsHba() {
        return database == null;
    }

    /** The pg_hba.conf lines {@code option} places before the sandbox's own rules (none for an unknown option). */
    public List<String> hbaLines(String option) {
        String lines = option(option).map(o -> o.getOrDefault(HBA, "")).orElse("");
        return lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    }

    /** A choice of {@code server}'s pg_hba.conf: option name → its lines, the start option first. */
    public static ConfigChoice ofHba(String name, String about, String server, Map<String, List<String>> options) {
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        options.forEach((option, lines) -> settings.put(option, Map.of(HBA, String.join("\n", lines))));
        return new ConfigChoice(name, about, server, null, settings);
    }
}

package dev.ride.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import dev.ride.sandbox.ConfigChoice;
import dev.ride.sandbox.Topology;

/**
 * The manifest's {@code choices:}, checked against its topology: each edits a part that exists,
 * a pooler choice names one of the scenario's databases and sets only the per-database settings
 * PgBouncer has, and its first option says what {@code pooler:} says (the start is the start); a
 * server's choice gives each option {@code hba:}, a list of pg_hba.conf lines ({@link HbaLines}).
 */
final class ConfigChoices {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Set<String> POOL_MODES = Set.of("session", "transaction", "statement");

    private final BiFunction<String, String, ScenarioException> fail;

    ConfigChoices(BiFunction<String, String, ScenarioException> fail) {
        this.fail = fail;
    }

    Topology withChoices(Topology topology, List<Manifest.ChoiceEntry> entries, List<String> databases) {
        if (entries == null || entries.isEmpty()) {
            return topology;
        }
        List<ConfigChoice> choices = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "/choices/" + i;
            Manifest.ChoiceEntry e = entries.get(i);
            if (e == null || e.name() == null || !NAME.matcher(e.name()).matches()) {
                throw fail.apply(at, "a choice needs a name: lower-case letters, digits and '-', a letter first");
            }
            if (choices.stream().anyMatch(c -> c.name().equals(e.name()))) {
                throw fail.apply(at, "two choices are named '" + e.name() + "'");
            }
            choices.add(choice(e, at, topology, databases));
        }
        return new Topology(topology.primary(), topology.standbys(), topology.pooler(), choices);
    }

    private ConfigChoice choice(Manifest.ChoiceEntry e, String at, Topology topology, List<String> databases) {
        if (e.about() == null || e.about().isBlank()) {
            throw fail.apply(at, "choice '" + e.name() + "' needs about: one line saying what it changes");
        }
        Topology.Pooler pooler = topology.pooler().filter(p -> p.name().equals(e.edits())).orElse(null);
        if (pooler == null) {
            if (topology.serverNames().contains(e.edits())) {
                return hbaChoice(e, at);
            }
            throw fail.apply(at + "/edits", "choice '" + e.name() + "' edits '" + e.edits() + "', which is neither a server ("
                    + String.join(", ", topology.serverNames()) + ") nor the pooler"
                    + topology.pooler().map(p -> " ('" + p.name() + "')").orElse(" (this scenario has none)"));
        }
        if (e.database() == null || !databases.contains(e.database())) {
            throw fail.apply(at + "/database", "choice '" + e.name() + "' needs database: one of " + databases
                    + " (the pooler's entry it sets)");
        }
        if (e.options() == null || e.options().size() < 2) {
            throw fail.apply(at + "/options", "choice '" + e.name() + "' needs at least two options, the start first");
        }
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        e.options().forEach((option, settings) -> {
            String where = at + "/options/" + option;
            if (!NAME.matcher(option).matches()) {
                throw fail.apply(where, "option '" + option + "': lower-case letters, digits and '-', a letter first");
            }
            options.put(option, settings(settings, where));
        });
        Map<String, String> start = options.values().iterator().next();
        Map<String, String> asSetUp = asSetUp(pooler);
        start.forEach((key, value) -> {
            if (!asSetUp.get(key).equals(value)) {
                throw fail.apply(at + "/options", "choice '" + e.name() + "' starts with " + key + " " + value
                        + " but pooler: sets " + asSetUp.get(key) + ": the first option is how the scenario starts");
            }
        });
        return new ConfigChoice(e.name(), e.about().strip(), e.edits(), e.database(), options);
    }

    /** A choice of a server's pg_hba.conf: each option is {@code {hba: [LINE, ...]}}, possibly no lines. */
    private ConfigChoice hbaChoice(Manifest.ChoiceEntry e, String at) {
        if (e.database() != null) {
            throw fail.apply(at + "/database", "choice '" + e.name() + "' edits pg_hba.conf of server '" + e.edits()
                    + "': database: is for a pooler choice (a pg_hba.conf line names its databases itself)");
        }
        if (e.options() == null || e.options().size() < 2) {
            throw fail.apply(at + "/options", "choice '" + e.name() + "' needs at least two options, the start first");
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        e.options().forEach((option, settings) -> {
            String where = at + "/options/" + option;
            if (!NAME.matcher(option).matches()) {
                throw fail.apply(where, "option '" + option + "': lower-case letters, digits and '-', a letter first");
            }
            if (settings == null || settings.size() != 1 || !settings.containsKey(ConfigChoice.HBA)) {
                throw fail.apply(where, "an option of a server's choice is {hba: [LINE, ...]}: the pg_hba.conf lines"
                        + " placed before the sandbox's own rules ({hba: []} for none)");
            }
            if (!(settings.get(ConfigChoice.HBA) instanceof List<?> raw)) {
                throw fail.apply(where + "/hba", "hba: is a list of pg_hba.conf lines ([] for none)");
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                String line = raw.get(i) instanceof String s ? s.strip() : null;
                String problem = HbaLines.problem(line).orElse(null);
                if (problem != null) {
                    throw fail.apply(where + "/hba/" + i, "option '" + option + "': " + problem);
                }
                lines.add(line);
            }
            options.put(option, lines);
        });
        return ConfigChoice.ofHba(e.name(), e.about().strip(), e.edits(), options);
    }

    private Map<String, String> settings(Map<String, Object> raw, String at) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            throw fail.apply(at, "an option sets at least one of " + ConfigChoice.POOLER_SETTINGS);
        }
        raw.forEach((key, value) -> {
            if (!ConfigChoice.POOLER_SETTINGS.contains(key)) {
                throw fail.apply(at + "/" + key, "'" + key + "' is not a per-database setting of PgBouncer; one of "
                        + ConfigChoice.POOLER_SETTINGS);
            }
            String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
            boolean ok = key.equals("pool_mode") ? POOL_MODES.contains(text) : text.matches("\\d{1,5}");
            if (!ok) {
                throw fail.apply(at + "/" + key, key.equals("pool_mode")
                        ? "pool_mode '" + value + "' must be session, transaction or statement"
                        : key + " must be a whole number (it is " + value + ")");
            }
            settings.put(key, text);
        });
        return settings;
    }

    /** What {@code pooler:} gives each per-database setting (a database entry without it inherits these). */
    private static Map<String, String> asSetUp(Topology.Pooler p) {
        return Map.of("pool_mode", p.poolMode().configName(),
                "pool_size", String.valueOf(p.defaultPoolSize()),
                "reserve_pool", String.valueOf(p.reservePoolSize()),
                "max_db_connections", String.valueOf(p.maxDbConnections()));
    }
}

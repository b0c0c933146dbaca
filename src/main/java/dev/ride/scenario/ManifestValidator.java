package dev.ride.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import dev.ride.actor.ActorSpec;
import dev.ride.actor.ActorSpecException;
import dev.ride.actor.ActorSpecs;
import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.Topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks what data binding cannot (required keys, names that must refer to each other, files that
 * must exist, points, regexes) and builds the {@link Scenario}. Each failure names the line of
 * the key or value at fault.
 */
final class ManifestValidator {

    /** Format 1: a snapshot. Format 2 adds {@code actors:} (live sessions); everything else is the same. */
    static final int FORMAT = 2;
    private static final int FIRST_LIVE_FORMAT = 2;

    /** Lower-case identifiers need no quoting anywhere; 49 leaves room for the :reset template prefix. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,48}");
    private static final Set<String> RESERVED_DATABASES = Set.of("postgres", "template0", "template1");
    private static final Pattern SOLUTION_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path file;
    private final Path folder;
    private final LineIndex lines;
    private LiveConditions live;
    private TopologyParts parts;
    /** whether the scenario has a pooler, whose admin console checks may name in {@code in:} */
    private boolean hasPooler;

    ManifestValidator(Path file, Path folder, LineIndex lines) {
        this.file = file;
        this.folder = folder;
        this.lines = lines;
    }

    Scenario validate(String id, Manifest m) {
        Integer format = require(m.format(), "", "format");
        if (format < 1 || format > FORMAT) {
            throw fail("/format", "unsupported format " + format + " (this version of ride reads formats 1 to " + FORMAT + ")");
        }
        String title = text(m.title(), "", "title");
        String topic = text(m.topic(), "", "topic");
        String level = text(m.level(), "", "level");
        Duration duration = duration(text(m.duration(), "", "duration"));
        List<String> databases = databases(require(m.databases(), "", "databases"));
        String start = text(m.startDatabase(), "", "start_database");
        if (!databases.contains(start)) {
            throw fail("/start_database", "start_database '" + start + "' is not one of the databases " + databases);
        }
        Setup setup = setup(require(m.setup(), "", "setup"), databases);
        String briefing = text(m.briefing(), "", "briefing");
        List<String> hints = hints(require(m.hints(), "", "hints"));
        String postmortem = text(m.postmortem(), "", "postmortem");
        Topology topology = new TopologySpecs(this::fail).topology(m.servers(), m.pooler(), format, FIRST_LIVE_FORMAT);
        topology = new ConfigChoices(this::fail).withChoices(topology, m.choices(), databases);
        this.hasPooler = topology.pooler().isPresent();
        this.parts = new TopologyParts(topology, this::fail);
        List<ActorSpec> actors = parts.actorServers(actors(m.actors(), format, databases));
        Set<String> actorNames = new LinkedHashSet<>();
        actors.forEach(a -> actorNames.add(a.name()));
        live = new LiveConditions(actorNames, this::fail);
        Map<Section, List<Check>> checks = checks(require(m.checks(), "", "checks"), databases);
        List<Integer> hintCosts = hintCosts(m.hintCosts(), hints.size(),
                checks.get(Section.DETECT).stream().mapToInt(Check::points).sum());
        List<Solution> solutions = solutions(m.solutions() == null ? List.of() : m.solutions());
        return new Scenario(id, folder, title, topic, level, duration, databases, start, setup, briefing, hints,
                hintCosts, postmortem, checks, solutions, actors, topology, parts.actions(m.actions()), parts.atStart(m.atStart()),
                format);
    }

    private List<ActorSpec> actors(JsonNode node, int format, List<String> databases) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (format < FIRST_LIVE_FORMAT) {
            throw fail(ActorSpecs.POINTER, "actors: need format " + FIRST_LIVE_FORMAT + " (this manifest says format " + format + ")");
        }
        try {
            return ActorSpecs.parse(node, file, pointer -> lines.has(pointer) ? lines.of(pointer) : lines.of(ActorSpecs.POINTER), databases);
        } catch (ActorSpecException e) {
            throw new ScenarioException(file, e.line(), e.reason(), e);
        }
    }

    private Duration duration(String text) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw fail("/duration", e.getMessage());
        }
    }

    private List<String> databases(List<String> names) {
        if (names.isEmpty()) {
            throw fail("/databases", "databases: name at least one database");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String at = element("/databases", i, names.size());
            if (name == null || !DATABASE_NAME.matcher(name).matches()) {
                throw fail(at, "database name '" + name + "' must be a lower-case identifier"
                        + " (letters, digits, _; at most 49 characters)");
            }
            if (RESERVED_DATABASES.contains(name) || ResetTemplate.isTemplateName(name)) {
                throw fail(at, "database name '" + name + "' is reserved");
            }
            if (!seen.add(name)) {
                throw fail(at, "database '" + name + "' is listed twice");
            }
        }
        return List.copyOf(seen);
    }

    private Setup setup(Manifest.SetupEntry entry, List<String> databases) {
        List<Path> all = files(entry.all() == null ? List.of() : entry.all(), "/setup/all");
        Map<String, List<Path>> perDatabase = new LinkedHashMap<>();
        if (entry.perDatabase() != null) {
            for (Map.Entry<String, List<String>> e : entry.perDatabase().entrySet()) {
                String at = "/setup/per_database/" + escape(e.getKey());
                if (!databases.contains(e.getKey())) {
                    throw fail(at, "per_database names '" + e.getKey() + "', which is not one of the databases " + databases);
                }
                perDatabase.put(e.getKey(), files(e.getValue() == null ? List.of() : e.getValue(), at));
            }
        }
        if (all.isEmpty() && perDatabase.values().stream().allMatch(List::isEmpty)) {
            throw fail("/setup", "setup: name at least one SQL file (under all or per_database)");
        }
        return new Setup(all, perDatabase, creations(entry.create(), databases));
    }

    /** {@code setup: create:}: an encoding or locale of its own for some databases. */
    private Map<String, DatabaseCreation> creations(Map<String, Manifest.CreateEntry> entries, List<String> databases) {
        Map<String, DatabaseCreation> create = new LinkedHashMap<>();
        if (entries == null) {
            return create;
        }
        for (Map.Entry<String, Manifest.CreateEntry> e : entries.entrySet()) {
            String at = "/setup/create/" + escape(e.getKey());
            if (!databases.contains(e.getKey())) {
                throw fail(at, "create names '" + e.getKey() + "', which is not one of the databases " + databases);
            }
            Manifest.CreateEntry c = e.getValue();
            if (c == null || (c.encoding() == null && c.locale() == null)) {
                throw fail(at, "create: give " + e.getKey() + " an encoding, a locale or both");
            }
            if (c.encoding() != null && !DatabaseCreation.ENCODING.matcher(c.encoding()).matches()) {
                throw fail(at + "/encoding", "encoding '" + c.encoding() + "' is not an encoding name (LATIN1, UTF8, WIN1252)");
            }
            if (c.locale() != null && !DatabaseCreation.LOCALE.matcher(c.locale()).matches()) {
                throw fail(at + "/locale", "locale '" + c.locale() + "' is not a locale name (C, POSIX, C.UTF-8)");
            }
            create.put(e.getKey(), new DatabaseCreation(c.encoding(), c.locale()));
        }
        return create;
    }

    private List<Path> files(List<String> refs, String pointer) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            String at = element(pointer, i, refs.size());
            if (ref == null || ref.isBlank()) {
                throw fail(at, "empty setup file name");
            }
            Path path = folder.resolve(ref).normalize();
            if (Path.of(ref).isAbsolute() || !path.startsWith(folder.normalize())) {
                throw fail(at, "setup file '" + ref + "' must be inside the scenario folder");
            }
            if (!ref.endsWith(".sql")) {
                throw fail(at, "setup file '" + ref + "' must be a plain .sql file");
            }
            if (!Files.isRegularFile(path)) {
                throw fail(at, "setup file '" + ref + "' not found (looked for " + path + ")");
            }
            files.add(path);
        }
        return files;
    }

    private List<String> hints(List<String> hints) {
        if (hints.isEmpty()) {
            throw fail("/hints", "hints: give at least one hint");
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < hints.size(); i++) {
            String hint = hints.get(i);
            if (hint == null || hint.isBlank()) {
                throw fail(element("/hints", i, hints.size()), "hint " + (i + 1) + " is empty");
            }
            result.add(hint.strip());
        }
        return result;
    }

    /** {@code hint_costs:} one whole number (0 or more) per hint, or the default share of Detect. */
    private List<Integer> hintCosts(List<Integer> written, int hints, int detectPoints) {
        if (written == null) {
            return HintCosts.byDefault(hints, detectPoints);
        }
        if (written.size() != hints) {
            throw fail("/hint_costs", "hint_costs gives " + written.size() + " costs for " + hints + " hints (one per hint)");
        }
        for (int i = 0; i < written.size(); i++) {
            Integer cost = written.get(i);
            if (cost == null || cost < 0) {
                throw fail(element("/hint_costs", i, written.size()), "hint cost " + (i + 1) + " must be 0 or more");
            }
        }
        return List.copyOf(written);
    }

    private Map<Section, List<Check>> checks(Manifest.ChecksEntry entry, List<String> databases) {
        Map<Section, List<Manifest.CheckEntry>> raw = new EnumMap<>(Section.class);
        raw.put(Section.DETECT, entry.detect());
        raw.put(Section.FIX, entry.fix());
        raw.put(Section.TRAP, entry.trap());
        Map<String, Integer> idLines = new HashMap<>();
        Map<Section, List<Check>> checks = new EnumMap<>(Section.class);
        for (Map.Entry<Section, List<Manifest.CheckEntry>> section : raw.entrySet()) {
            List<Manifest.CheckEntry> entries = section.getValue() == null ? List.of() : section.getValue();
            List<Check> built = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String at = "/checks/" + section.getKey().key() + "/" + i;
                built.add(check(entries.get(i), at, databases, idLines, section.getKey()));
            }
            checks.put(section.getKey(), List.copyOf(built));
        }
        if (checks.get(Section.FIX).isEmpty()) {
            throw fail("/checks", "checks: the fix section needs at least one check (trap points are only earned once a fix scores)");
        }
        return checks;
    }

    private Check check(Manifest.CheckEntry c, String at, List<String> databases, Map<String, Integer> idLines,
                        Section section) {
        if (c == null) {
            throw fail(at, "empty check");
        }
        String id = text(c.id(), at, "id");
        Integer first = idLines.putIfAbsent(id, lines.of(at + "/id"));
        if (first != null) {
            throw fail(at + "/id", "check id '" + id + "' is already used at line " + first);
        }
        String title = text(c.title(), at, "title");
        int points = require(c.points(), at, "points");
        if (points <= 0) {
            throw fail(at + "/points", "points must be greater than 0 (check '" + id + "')");
        }
        List<String> in = c.in() == null ? databases : c.in();
        for (int i = 0; i < in.size(); i++) {
            // the pooler's admin console is a place evidence is gathered (SHOW POOLS), not a database of the scenario
            boolean console = hasPooler && Endpoint.POOLER_ADMIN_DATABASE.equals(in.get(i));
            if (!databases.contains(in.get(i)) && !console) {
                throw fail(element(at + "/in", i, in.size()),
                        "'in' names '" + in.get(i) + "', which is not one of the databases " + databases);
            }
        }
        List<Condition> conditions = new ArrayList<>();
        List<String> sql = c.sql() == null ? List.of() : c.sql();
        java.time.Duration within = within(c, sql, at, id);
        for (int i = 0; i < sql.size(); i++) {
            if (sql.get(i) == null || sql.get(i).isBlank()) {
                throw fail(element(at + "/sql", i, sql.size()), "empty sql (check '" + id + "')");
            }
            conditions.add(new Condition.Sql(sql.get(i).strip(), within));
        }
        for (Pattern p : patterns(c.ran(), at + "/ran")) {
            conditions.add(new Condition.Ran(p));
        }
        for (Pattern p : patterns(c.notRan(), at + "/not_ran")) {
            conditions.add(new Condition.NotRan(p));
        }
        if (c.asApp() != null) {
            conditions.add(live.asApp(c.asApp(), at + "/as_app", id));
        }
        if (c.actor() != null) {
            conditions.add(live.actor(c.actor(), at + "/actor", id, within));
        }
        List<Manifest.ServerStateEntry> servers = c.server() == null ? List.of() : c.server();
        for (int i = 0; i < servers.size(); i++) {
            if (servers.get(i) == null) {
                throw fail(element(at + "/server", i, servers.size()), "empty server: condition (check '" + id + "')");
            }
            conditions.add(parts.serverState(servers.get(i), element(at + "/server", i, servers.size()), id));
        }
        if (conditions.isEmpty()) {
            throw fail(at, "check '" + id + "' has no condition: give it sql, ran or not_ran");
        }
        String on = c.on() == null ? null : parts.on(c.on(), at + "/on", id);
        if (c.found() != null && c.found().isBlank()) {
            throw fail(at + "/found", "empty found query (check '" + id + "')");
        }
        // evidence counts before the fix by default in Detect; elsewhere only when asked for
        boolean beforeFix = c.beforeFix() == null ? section == Section.DETECT : c.beforeFix();
        return new Check(id, title, points, List.copyOf(new LinkedHashSet<>(in)), Boolean.TRUE.equals(c.any()), conditions,
                beforeFix, c.found() == null ? null : c.found().strip(), on);
    }

    /**
     * {@code within:}: how long the check may take to hold, counted from the start of judging: its
     * sql is asked again (a standby that reconnects by itself), its actor's {@code works: true} waits
     * for more successes than the card's own bound allows; null: the card's bound.
     */
    private java.time.Duration within(Manifest.CheckEntry c, List<String> sql, String at, String id) {
        if (c.within() == null) {
            return null;
        }
        boolean actorWorks = c.actor() != null && Boolean.TRUE.equals(c.actor().works());
        if (sql.isEmpty() && !actorWorks) {
            throw fail(at + "/within", "within bounds the wait for the check's sql or its actor's works: true,"
                    + " and check '" + id + "' has neither");
        }
        java.time.Duration within;
        try {
            within = Durations.parse(c.within());
        } catch (IllegalArgumentException e) {
            throw fail(at + "/within", e.getMessage());
        }
        if (within.compareTo(java.time.Duration.ofSeconds(60)) > 0) {
            throw fail(at + "/within", "within is at most 60s (check '" + id + "'): :submit waits that long for a check that fails");
        }
        return within;
    }

    private List<Pattern> patterns(List<String> sources, String pointer) {
        if (sources == null) {
            return List.of();
        }
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String at = element(pointer, i, sources.size());
            String source = sources.get(i);
            if (source == null || source.isEmpty()) {
                throw fail(at, "empty regex");
            }
            try {
                patterns.add(Condition.regex(source));
            } catch (PatternSyntaxException e) {
                throw fail(at, "bad regex: " + e.getDescription() + " near index " + e.getIndex() + " of " + source);
            }
        }
        return patterns;
    }

    private List<Solution> solutions(List<Manifest.SolutionEntry> entries) {
        List<Solution> solutions = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "/solutions/" + i;
            Manifest.SolutionEntry entry = entries.get(i);
            if (entry == null) {
                throw fail(at, "empty solution");
            }
            String name = text(entry.name(), at, "name");
            if (!SOLUTION_NAME.matcher(name).matches()) {
                throw fail(at + "/name", "solution name '" + name + "' must be a plain file name (letters, digits, . _ -)");
            }
            if (!names.add(name)) {
                throw fail(at + "/name", "solution '" + name + "' is listed twice");
            }
            Path transcript = ScenarioFiles.transcript(folder, name);
            Path card = ScenarioFiles.card(folder, name);
            for (Path p : List.of(transcript, card)) {
                if (!Files.isRegularFile(p)) {
                    throw fail(at + "/name", "solution '" + name + "' needs " + p);
                }
            }
            SolutionKind kind = SolutionKind.ofName(name).orElse(null);
            if (entry.kind() != null) {
                kind = SolutionKind.ofKey(entry.kind()).orElseThrow(() -> fail(at + "/kind",
                        "unknown kind '" + entry.kind() + "' (kinds: " + SolutionKind.keys() + ")"));
            }
            solutions.add(new Solution(name, transcript, card, kind));
        }
        return solutions;
    }

    private String text(String value, String parent, String key) {
        String v = require(value, parent, key);
        if (v.isBlank()) {
            throw fail(parent + "/" + key, "'" + key + "' is empty");
        }
        return v.strip();
    }

    private <T> T require(T value, String parent, String key) {
        if (value == null) {
            throw fail(parent + "/" + key, "missing required key '" + key + "'" + (parent.isEmpty() ? "" : " in " + readable(parent)));
        }
        return value;
    }

    /**
     * The pointer of element {@code i} of a list; a single value written without brackets
     * ({@code in: tenant_b}) has no index of its own.
     */
    private String element(String pointer, int i, int size) {
        return lines.has(pointer + "/" + i) || size > 1 ? pointer + "/" + i : pointer;
    }

    /** {@code /checks/fix/0} as an author reads it: {@code checks.fix[0]}. */
    private static String readable(String pointer) {
        return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Lines of missing keys fall back to their parent's line, then to the top. */
    private ScenarioException fail(String pointer, String reason) {
        String p = pointer;
        while (!p.isEmpty() && !lines.has(p)) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return new ScenarioException(file, lines.of(p), reason);
    }
}

package dev.ride.actor;

import dev.ride.text.Spelling;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the {@code actors:} section of a format-2 {@code scenario.yaml} into {@link ActorSpec}s.
 * Every problem is an {@link ActorSpecException} whose message is {@code file:line: reason}.
 * Parameter generators are read by {@link ParamSpecs}.
 */
public final class ActorSpecs {

    /** Where {@code actors:} sits in the manifest, as a JSON pointer. */
    public static final String POINTER = "/actors";

    static final List<String> ACTOR_KEYS = List.of("name", "database", "role", "application_name", "start", "after",
            "on_terminate", "workload", "hold", "server");
    static final List<String> WORKLOAD_KEYS = List.of("statements", "params", "rate", "concurrency", "transaction",
            "server_prepared");
    static final List<String> HOLD_KEYS = List.of("statements");
    static final int MAX_CONCURRENCY = 50;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}");
    private static final Pattern DELAY = Pattern.compile("(\\d{1,6})(ms|s|m)");
    private static final Duration MAX_DELAY = Duration.ofMinutes(10);

    private final Path file;
    private final LineLookup lines;

    private ActorSpecs(Path file, LineLookup lines) {
        this.file = file;
        this.lines = lines;
    }

    /**
     * @param actorsNode the value of {@code actors:} (a list of mappings)
     * @param file       the manifest, for messages
     * @param lines      lines by JSON pointer from the document root ({@link #POINTER} is this node)
     * @param databases  the scenario's databases; an actor must use one of them (empty: not checked)
     */
    public static List<ActorSpec> parse(JsonNode actorsNode, Path file, LineLookup lines, Collection<String> databases) {
        return new ActorSpecs(file, lines).actors(actorsNode, databases);
    }

    private List<ActorSpec> actors(JsonNode node, Collection<String> databases) {
        if (!node.isArray()) {
            throw fail(POINTER, "actors: expected a list of actors (each starting with '- name: ...')");
        }
        Map<String, ActorSpec> byName = new LinkedHashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String pointer = POINTER + "/" + i;
            ActorSpec spec = actor(node.get(i), pointer, databases);
            if (byName.putIfAbsent(spec.name(), spec) != null) {
                throw fail(pointer + "/name", "two actors are named '" + spec.name() + "'");
            }
        }
        checkOrdering(byName);
        return List.copyOf(byName.values());
    }

    private ActorSpec actor(JsonNode node, String pointer, Collection<String> databases) {
        if (!node.isObject()) {
            throw fail(pointer, "an actor is a mapping (name:, database:, role:, and workload: or hold:)");
        }
        checkKeys(node, pointer, ACTOR_KEYS, "an actor");
        String name = text(node, pointer, "name", true);
        if (!NAME.matcher(name).matches()) {
            throw fail(pointer + "/name", "actor name '" + name + "': use letters, digits, '_', '-' or '.' (at most 63)");
        }
        String what = "actor " + name;
        String database = text(node, pointer, "database", true);
        if (!databases.isEmpty() && !databases.contains(database)) {
            throw fail(pointer + "/database", what + ": database '" + database + "' is not one of the scenario's databases ("
                    + String.join(", ", databases) + ")" + Spelling.hint(database, databases));
        }
        String role = text(node, pointer, "role", true);
        String applicationName = Optional.ofNullable(text(node, pointer, "application_name", false)).orElse(name);
        StartPhase start = startPhase(node, pointer, what);
        Optional<String> after = Optional.ofNullable(text(node, pointer, "after", false));
        OnTerminate onTerminate = onTerminate(node.get("on_terminate"), pointer + "/on_terminate", what);
        boolean hasWorkload = node.has("workload");
        if (hasWorkload == node.has("hold")) {
            throw fail(pointer, what + ": give exactly one behaviour, workload: or hold:");
        }
        Behaviour behaviour = hasWorkload
                ? workload(node.get("workload"), pointer + "/workload", what)
                : hold(node.get("hold"), pointer + "/hold", what);
        // a server's name is checked against the scenario's topology by the manifest's validator
        Optional<String> server = Optional.ofNullable(text(node, pointer, "server", false));
        return new ActorSpec(name, database, role, applicationName, start, after, onTerminate, behaviour,
                lines.lineOf(pointer), server);
    }

    private StartPhase startPhase(JsonNode node, String pointer, String what) {
        String start = text(node, pointer, "start", false);
        if (start == null) {
            return StartPhase.BEFORE_PROMPT;
        }
        for (StartPhase phase : StartPhase.values()) {
            if (phase.yaml().equals(start)) {
                return phase;
            }
        }
        throw fail(pointer + "/start", what + ": start: '" + start + "' is not before_prompt or after_prompt");
    }

    /** {@code gone}, {@code {gone}} or {@code {reconnect_after: 2s}}; absent means gone. */
    private OnTerminate onTerminate(JsonNode node, String pointer, String what) {
        if (node == null || node.isTextual() && node.asText().equals("gone")) {
            return OnTerminate.GONE;
        }
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            if (key.equals("gone") && node.get(key).isNull()) {
                return OnTerminate.GONE;
            }
            if (key.equals("reconnect_after")) {
                return OnTerminate.reconnectAfter(delay(node.get(key), pointer + "/reconnect_after", what));
            }
            throw fail(pointer + "/" + key, what + ": on_terminate: unknown '" + key + "'"
                    + Spelling.hint(key, List.of("gone", "reconnect_after")) + " (write gone or {reconnect_after: 2s})");
        }
        throw fail(pointer, what + ": on_terminate: write gone or {reconnect_after: 2s}");
    }

    private Duration delay(JsonNode node, String pointer, String what) {
        Matcher m = DELAY.matcher(node.isValueNode() ? node.asText().strip() : "");
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMinutes(amount);
            };
            if (!d.isZero() && d.compareTo(MAX_DELAY) <= 0) {
                return d;
            }
        }
        throw fail(pointer, what + ": '" + node.asText() + "' is not a delay: write one above 0 and at most 10m, like 500ms, 2s or 1m");
    }

    private Workload workload(JsonNode node, String pointer, String what) {
        if (!node.isObject()) {
            throw fail(pointer, what + ": workload: expected a mapping (statements:, params:, rate:, concurrency:)");
        }
        checkKeys(node, pointer, WORKLOAD_KEYS, what + "'s workload");
        List<String> statements = statements(node, pointer, what);
        List<ParamSpec> params = new ParamSpecs(this, what).list(node.get("params"), pointer + "/params");
        for (int i = 0; i < statements.size(); i++) {
            int highest = PlaceholderSql.of(statements.get(i)).highestParam();
            if (highest > params.size()) {
                throw fail(pointer + "/statements/" + i, what + ": the statement uses $" + highest + " but "
                        + params.size() + " param" + (params.size() == 1 ? " is" : "s are") + " declared");
            }
        }
        String rateText = text(node, pointer, "rate", true);
        Rate rate;
        try {
            rate = Rate.parse(rateText);
        } catch (IllegalArgumentException e) {
            throw fail(pointer + "/rate", what + ": " + e.getMessage());
        }
        int concurrency = 1;
        JsonNode c = node.get("concurrency");
        if (c != null) {
            if (!c.canConvertToInt() || !c.isIntegralNumber() || c.asInt() < 1 || c.asInt() > MAX_CONCURRENCY) {
                throw fail(pointer + "/concurrency", what + ": concurrency: expected a whole number from 1 to " + MAX_CONCURRENCY);
            }
            concurrency = c.asInt();
        }
        boolean transaction = false;
        JsonNode t = node.get("transaction");
        if (t != null) {
            if (!t.isBoolean()) {
                throw fail(pointer + "/transaction", what + ": transaction: expected true or false");
            }
            transaction = t.asBoolean();
        }
        boolean serverPrepared = true;
        JsonNode sp = node.get("server_prepared");
        if (sp != null) {
            if (!sp.isBoolean()) {
                throw fail(pointer + "/server_prepared", what + ": server_prepared: expected true or false");
            }
            serverPrepared = sp.asBoolean();
        }
        return new Workload(statements, params, rate, concurrency, transaction, serverPrepared);
    }

    private Hold hold(JsonNode node, String pointer, String what) {
        if (!node.isObject()) {
            throw fail(pointer, what + ": hold: expected a mapping with statements:");
        }
        checkKeys(node, pointer, HOLD_KEYS, what + "'s hold");
        return new Hold(statements(node, pointer, what));
    }

    /** A non-empty list of SQL texts; a single text stands for a one-element list. */
    private List<String> statements(JsonNode node, String pointer, String what) {
        JsonNode s = node.get("statements");
        String p = pointer + "/statements";
        if (s == null) {
            throw fail(pointer, what + ": statements: is required");
        }
        List<String> out = new ArrayList<>();
        if (s.isTextual()) {
            out.add(s.asText());
        } else if (s.isArray()) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.get(i).isTextual()) {
                    throw fail(p + "/" + i, what + ": a statement is SQL text");
                }
                out.add(s.get(i).asText());
            }
        } else {
            throw fail(p, what + ": statements: expected SQL text or a list of them");
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).isBlank()) {
                throw fail(s.isArray() ? p + "/" + i : p, what + ": a statement is empty");
            }
        }
        if (out.isEmpty()) {
            throw fail(p, what + ": statements: give at least one");
        }
        return out;
    }

    /** Every {@code after:} names another actor, without a cycle, and never one that starts later. */
    private void checkOrdering(Map<String, ActorSpec> byName) {
        for (ActorSpec spec : byName.values()) {
            if (spec.after().isEmpty()) {
                continue;
            }
            String pointer = pointerOf(byName, spec) + "/after";
            String target = spec.after().get();
            ActorSpec before = byName.get(target);
            if (before == null) {
                throw fail(pointer, "actor " + spec.name() + ": after: there is no actor '" + target + "'"
                        + Spelling.hint(target, byName.keySet()));
            }
            if (before.start() == StartPhase.AFTER_PROMPT && spec.start() == StartPhase.BEFORE_PROMPT) {
                throw fail(pointer, "actor " + spec.name() + " starts before the prompt but comes after " + target
                        + ", which starts after it (give it start: after_prompt)");
            }
            List<String> chain = new ArrayList<>(List.of(spec.name()));
            Set<String> seen = new HashSet<>(chain);
            ActorSpec cursor = before;
            while (cursor != null) {
                chain.add(cursor.name());
                if (!seen.add(cursor.name())) {
                    throw fail(pointer, "actors wait for each other in a circle: " + String.join(" -> after -> ", chain));
                }
                cursor = cursor.after().map(byName::get).orElse(null);
            }
        }
    }

    private static String pointerOf(Map<String, ActorSpec> byName, ActorSpec spec) {
        int i = 0;
        for (String name : byName.keySet()) {
            if (name.equals(spec.name())) {
                break;
            }
            i++;
        }
        return POINTER + "/" + i;
    }

    void checkKeys(JsonNode node, String pointer, List<String> known, String where) {
        Iterator<String> keys = node.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!known.contains(key)) {
                throw fail(pointer + "/" + escape(key), "unknown key '" + key + "' in " + where
                        + Spelling.hint(key, known) + " (known keys: " + String.join(", ", known) + ")");
            }
        }
    }

    /** A scalar's text; null when absent and optional. */
    String text(JsonNode node, String pointer, String key, boolean required) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw fail(pointer, (node.has("name") ? "actor " + node.get("name").asText() + ": " : "")
                        + key + ": is required");
            }
            return null;
        }
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw fail(pointer + "/" + key, key + ": expected a non-empty text value");
        }
        return value.asText();
    }

    ActorSpecException fail(String pointer, String reason) {
        return new ActorSpecException(file, lines.lineOf(pointer), reason);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Kept for callers that check databases elsewhere. */
    public static List<ActorSpec> parse(JsonNode actorsNode, Path file, LineLookup lines) {
        return parse(actorsNode, file, lines, List.of());
    }
}

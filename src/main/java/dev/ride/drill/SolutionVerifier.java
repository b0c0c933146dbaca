package dev.ride.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.scenario.PreparedScenario;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.Section;
import dev.ride.scenario.Solution;
import dev.ride.shell.ScriptShell;
import dev.ride.shell.ShellSession;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code ride scenario verify}: replays a solution transcript on a fresh sandbox, through the same
 * drill and shell a learner gets (script mode), and compares its card with the expected
 * {@code .card.json}. A difference names the first check that came out otherwise, with its line in
 * scenario.yaml, so an author knows which check to look at.
 */
public final class SolutionVerifier {

    /**
     * How one solution fared. {@code problem} is null when the card matched; {@code actualCard} is
     * the card the replay printed, without its volatile fields (null when it printed none);
     * {@code diagnosis}, when the card differs, the replay's errors and the server log's end
     * (several lines, for a test report; empty otherwise).
     */
    public record Outcome(Scenario scenario, Solution solution, String expectedScore, String actualScore,
                          String problem, String actualCard, String diagnosis) {
        public Outcome(Scenario scenario, Solution solution, String expectedScore, String actualScore, String problem) {
            this(scenario, solution, expectedScore, actualScore, problem, null, "");
        }

        public boolean ok() {
            return problem == null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Fields of the card that vary from run to run (or with the options), left out of the comparison:
     * the timeline too, since when the application failed and recovered is a matter of milliseconds.
     */
    static final List<String> VOLATILE = List.of("elapsed_s", "limit_s", "hints", "timeline");

    private final SandboxEngine engine;

    public SolutionVerifier(SandboxEngine engine) {
        this.engine = engine;
    }

    public Outcome verify(Scenario scenario, Solution solution) {
        JsonNode expected;
        try {
            expected = JSON.readTree(Files.readString(solution.card(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Outcome(scenario, solution, "?", "?", "cannot read " + solution.card() + ": " + e.getMessage());
        }
        String expectedScore = score(expected);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ObjectNode actual;
        String serverLog = "";
        // a fresh sandbox per solution; engines that can, start it from the installed state they keep
        // a scenario with a standby or a pooler replays on its whole topology, as its drill runs
        try (Sandbox sandbox = scenario.topology().isSingleServer()
                ? engine.start(scenario.id(), PreparedScenario.of(scenario))
                : engine.start(scenario.id(), PreparedScenario.of(scenario), scenario.topology());
             Drill drill = new Drill(scenario, sandbox, new DrillClock(null), false).goLive()) {
            try (ShellSession session = new ShellSession(drill, scenario.startDatabase(), new PrintWriter(out),
                    new PrintWriter(err));
                 BufferedReader in = Files.newBufferedReader(solution.transcript(), StandardCharsets.UTF_8)) {
                new ScriptShell(session).run(in);
                actual = lastCard(out.toString());
                if (actual != null && !withoutVolatile(actual).equals(expected)) {
                    serverLog = serverLogTail(session, out);
                }
            }
        } catch (Exception e) {
            return new Outcome(scenario, solution, expectedScore, "?", "replay failed: " + e.getMessage());
        }
        if (actual == null) {
            return new Outcome(scenario, solution, expectedScore, "?",
                    "the transcript printed no JSON card (does it end with :submit --json?)" + tail(err.toString()));
        }
        JsonNode timeline = actual.path("timeline");
        VOLATILE.forEach(actual::remove);
        String actualScore = score(actual);
        String card = actual.toString();
        if (actual.equals(expected)) {
            return new Outcome(scenario, solution, expectedScore, actualScore, null, card, "");
        }
        // what the application went through is left out of the comparison, not out of the report:
        // a card that differs on a loaded CI machine is read from that run's log alone
        String seen = timeline.isArray() && !timeline.isEmpty() ? "; timeline: " + timeline : "";
        String errors = err.toString().isBlank() ? "" : "the replay's errors:\n" + err.toString().strip() + "\n";
        return new Outcome(scenario, solution, expectedScore, actualScore,
                difference(scenario, expected, actual) + seen, card, errors + serverLog);
    }

    private static ObjectNode withoutVolatile(ObjectNode card) {
        ObjectNode copy = card.deepCopy();
        VOLATILE.forEach(copy::remove);
        return copy;
    }

    /**
     * The end of the server log, asked for (as {@code :log} would) while the sandbox still runs: a
     * card that differs only on a loaded CI machine is then explained by that run's report alone
     * (a checkpoint that removed no WAL, a statement the server cancelled).
     */
    private static String serverLogTail(ShellSession session, StringWriter out) {
        int before = out.getBuffer().length();
        try {
            new ScriptShell(session).run(new BufferedReader(new java.io.StringReader(":log 40\n")));
        } catch (IOException | RuntimeException e) {
            return "the server log could not be read: " + e.getMessage() + "\n";
        }
        String tail = out.getBuffer().substring(before).strip();
        out.getBuffer().setLength(before); // the session's output: the card stays its last line
        return tail.isEmpty() ? "" : "the server log's end:\n" + tail + "\n";
    }

    /** The first check that differs, or the first field when the checks are the same. */
    static String difference(Scenario scenario, JsonNode expected, JsonNode actual) {
        for (Section section : Section.values()) {
            JsonNode want = expected.path(section.key()).path("checks");
            JsonNode got = actual.path(section.key()).path("checks");
            for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
                JsonNode w = want.path(i);
                JsonNode g = got.path(i);
                if (!w.equals(g)) {
                    String id = g.path("id").asText(w.path("id").asText("?"));
                    return "check " + id + " (" + scenario.manifest() + ":" + checkLine(scenario.manifest(), id) + ")"
                            + " expected " + describe(w) + ", got " + describe(g);
                }
            }
        }
        for (var fields = expected.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!expected.get(field).equals(actual.get(field))) {
                return field + ": expected " + expected.get(field) + ", got " + actual.get(field);
            }
        }
        return "the cards differ: expected " + expected + ", got " + actual;
    }

    /** The line of {@code - id: ID} in the manifest (1 when it cannot be found). */
    static int checkLine(Path manifest, String id) {
        Pattern line = Pattern.compile("^\\s*(-\\s*)?id:\\s*['\"]?" + Pattern.quote(id) + "['\"]?\\s*(#.*)?$");
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (line.matcher(lines.get(i)).matches()) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the manifest was readable a moment ago when it was loaded; fall back to its top
        }
        return 1;
    }

    private static String describe(JsonNode check) {
        if (check.isMissingNode()) {
            return "no such check";
        }
        StringBuilder text = new StringBuilder(check.path("passed").asBoolean() ? "passed" : "failed")
                .append(" (").append(check.path("points").asInt()).append(" points)");
        for (String detail : List.of("unchecked", "found")) {
            if (check.has(detail)) {
                text.append(", ").append(detail).append(": ").append(check.get(detail).asText());
            }
        }
        for (String cause : List.of("sprung_by", "because_of")) {
            if (check.has(cause)) {
                text.append(", ").append(cause.replace('_', ' ')).append(": ").append(check.get(cause).path("statement").asText());
            }
        }
        return text.toString();
    }

    private static String score(JsonNode card) {
        return card.path("score").asInt(card.path("total").asInt()) + "/" + card.path("max").asInt();
    }

    private static ObjectNode lastCard(String stdout) {
        String[] lines = stdout.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].startsWith("{\"scenario\"")) {
                try {
                    return (ObjectNode) JSON.readTree(lines[i]);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String tail(String stderr) {
        String trimmed = stderr.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String[] lines = trimmed.split("\n");
        return "; last error: " + lines[lines.length - 1];
    }
}

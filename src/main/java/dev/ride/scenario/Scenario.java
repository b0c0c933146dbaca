package dev.ride.scenario;

import java.nio.file.Path;

import dev.ride.actor.ActorSpec;
import dev.ride.sandbox.Topology;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded, validated scenario (see docs/scenario-format.md).
 *
 * @param id            its path under {@code scenarios/}, e.g. {@code stage-09/08-migration-applied-to-one-tenant-only}
 * @param folder        the folder holding {@code scenario.yaml}
 * @param duration      the drill's default time limit
 * @param startDatabase the database the shell opens in
 * @param checks        every section, in card order, each with its checks (possibly none)
 * @param actors        the live sessions of a format-2 scenario (none for format 1)
 * @param hintCosts     what each hint costs, in hint order (as written, or the default of {@link HintCosts})
 * @param topology      its servers and pooler ({@code servers:}, {@code pooler:}); one server, {@code primary}, by default
 * @param actions       the operator actions {@code :action} offers ({@code actions:}): none for one server
 * @param atStart       operator actions ride runs when the incident starts ({@code at_start:}), in order
 * @param format        the manifest's format: 2 is a live scenario, which must have actors
 */
public record Scenario(String id, Path folder, String title, String topic, String level, Duration duration,
                       List<String> databases, String startDatabase, Setup setup, String briefing,
                       List<String> hints, List<Integer> hintCosts, String postmortem,
                       Map<Section, List<Check>> checks, List<Solution> solutions, List<ActorSpec> actors,
                       Topology topology, List<dev.ride.sandbox.OperatorAction> actions,
                       List<StartAction> atStart, int format) {

    public Scenario {
        databases = List.copyOf(databases);
        hints = List.copyOf(hints);
        hintCosts = List.copyOf(hintCosts);
        EnumMap<Section, List<Check>> inCardOrder = new EnumMap<>(Section.class);
        checks.forEach((section, list) -> inCardOrder.put(section, List.copyOf(list)));
        checks = Collections.unmodifiableMap(inCardOrder);
        solutions = List.copyOf(solutions);
        actors = List.copyOf(actors);
        actions = List.copyOf(actions);
        atStart = List.copyOf(atStart);
    }

    /** A live scenario (format 2) has actors: sessions ride runs against the sandbox during the drill. */
    public boolean live() {
        return !actors.isEmpty();
    }

    public Path manifest() {
        return folder.resolve(ScenarioFiles.MANIFEST);
    }

    public List<Check> checks(Section section) {
        return checks.getOrDefault(section, List.of());
    }

    /** What the first {@code used} hints cost together. */
    public int hintCost(int used) {
        return hintCosts.stream().limit(used).mapToInt(Integer::intValue).sum();
    }

    /** The best possible total. */
    public int maxPoints() {
        return checks.values().stream().flatMap(List::stream).mapToInt(Check::points).sum();
    }
}

package dev.ride.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ride.scenario.LearningPath;
import dev.ride.scenario.LearningPaths;
import dev.ride.scenario.Scenario;

/**
 * {@code ride scenarios --path ID --topic TEXT --level L3}: the scenarios to list. A path lists
 * its scenarios in its order; a topic matches any part of a scenario's topic, in any case; a
 * level is {@code L3} (or {@code l3}, {@code 3}). What names nothing gets one sentence and the
 * closest names, in {@link #problem()}.
 */
final class CatalogFilter {

    private static final java.util.regex.Pattern LEVEL = java.util.regex.Pattern.compile("L[1-5]");

    private final List<Scenario> scenarios;
    private final String problem;

    private CatalogFilter(List<Scenario> scenarios, String problem) {
        this.scenarios = scenarios;
        this.problem = problem;
    }

    static CatalogFilter apply(List<Scenario> catalog, LearningPaths paths, String pathId, String topic, String level) {
        List<Scenario> chosen = catalog;
        if (pathId != null) {
            Optional<LearningPath> path = paths.find(pathId);
            if (path.isEmpty()) {
                List<String> near = paths.suggest(pathId);
                return failed("No path '" + pathId + "'." + (near.isEmpty() ? "" : " Did you mean " + near.get(0) + "?")
                        + " `ride paths` lists them.");
            }
            Map<String, Scenario> byId = catalog.stream().collect(Collectors.toMap(Scenario::id, Function.identity()));
            chosen = new ArrayList<>();
            for (String id : path.get().scenarios()) {
                if (byId.containsKey(id)) {
                    chosen.add(byId.get(id));
                }
            }
        }
        if (topic != null) {
            String wanted = topic.strip().toLowerCase(Locale.ROOT);
            List<Scenario> matching = chosen.stream()
                    .filter(s -> s.topic().toLowerCase(Locale.ROOT).contains(wanted)).toList();
            if (matching.isEmpty()) {
                return failed("No scenario" + (pathId == null ? "" : " of path " + pathId) + " has a topic with '" + topic
                        + "' in it. Topics: " + String.join(", ", values(chosen, Scenario::topic)) + ".");
            }
            chosen = matching;
        }
        if (level != null) {
            String wanted = level.strip().toUpperCase(Locale.ROOT);
            String normalized = wanted.matches("\\d+") ? "L" + wanted : wanted;
            if (!LEVEL.matcher(normalized).matches()) {
                return failed("No level '" + level + "'. Levels go from L1 (first steps) to L5; the catalog has "
                        + String.join(", ", values(catalog, Scenario::level)) + ".");
            }
            chosen = chosen.stream().filter(s -> s.level().equalsIgnoreCase(normalized)).toList();
        }
        return new CatalogFilter(List.copyOf(chosen), null);
    }

    private static CatalogFilter failed(String problem) {
        return new CatalogFilter(List.of(), problem);
    }

    private static List<String> values(List<Scenario> scenarios, Function<Scenario, String> value) {
        return List.copyOf(scenarios.stream().map(value).collect(Collectors.toCollection(TreeSet::new)));
    }

    List<Scenario> scenarios() {
        return scenarios;
    }

    /** Null when the filter named something that exists. */
    String problem() {
        return problem;
    }
}

package dev.ride.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every scenario under a root folder, by id (its folder's path under the root). Built from
 * {@link Path}s only, so a root inside a jar's file system works the same as a directory.
 * A broken scenario does not hide the others: it is listed in {@link #problems()}.
 */
public final class ScenarioCatalog {

    /** scenarios/&lt;stage&gt;/&lt;id&gt;/scenario.yaml is depth 3; a little room for deeper grouping. */
    private static final int MAX_DEPTH = 5;
    private static final int MAX_SUGGESTIONS = 3;

    private final Map<String, Scenario> scenarios;
    private final Map<String, ScenarioException> problems;

    private ScenarioCatalog(Map<String, Scenario> scenarios, Map<String, ScenarioException> problems) {
        this.scenarios = scenarios;
        this.problems = problems;
    }

    /** @throws ScenarioException when {@code root} is not a readable folder */
    public static ScenarioCatalog scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new ScenarioException(root, 0, "no scenarios folder here");
        }
        Map<String, Scenario> scenarios = new TreeMap<>();
        Map<String, ScenarioException> problems = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            for (Path manifest : (Iterable<Path>) files.filter(ScenarioCatalog::isManifest)::iterator) {
                Path folder = manifest.getParent();
                String id = id(root, folder);
                try {
                    scenarios.put(id, ScenarioLoader.load(folder, id));
                } catch (ScenarioException e) {
                    problems.put(id, e);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ScenarioException(root, 0, "cannot list scenarios: " + e.getMessage(), e);
        }
        return new ScenarioCatalog(scenarios, problems);
    }

    /** The loadable scenarios, sorted by id. */
    public List<Scenario> scenarios() {
        return List.copyOf(scenarios.values());
    }

    /** The scenarios that failed to load, sorted by id; each message is {@code file:line: reason}. */
    public List<ScenarioException> problems() {
        return List.copyOf(problems.values());
    }

    public Optional<Scenario> find(String id) {
        return Optional.ofNullable(scenarios.get(normalize(id)));
    }

    /**
     * The scenario with this id, or the only one whose id starts with it ({@code stage-09/08}).
     *
     * @throws ScenarioException        when it exists but is broken (file:line: reason)
     * @throws UnknownScenarioException when there is none, with the closest ids
     */
    public Scenario require(String id) {
        String key = normalize(id);
        if (problems.containsKey(key)) {
            throw problems.get(key);
        }
        Optional<Scenario> exact = find(key);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<String> starting = Stream.concat(scenarios.keySet().stream(), problems.keySet().stream())
                .filter(known -> !key.isEmpty() && known.startsWith(key)).sorted().toList();
        if (starting.size() == 1) {
            return require(starting.get(0));
        }
        throw new UnknownScenarioException(id, starting.isEmpty() ? suggest(id) : starting.subList(0, Math.min(MAX_SUGGESTIONS, starting.size())));
    }

    /**
     * The ids closest to {@code id}, best first: those whose last segment contains the typed last
     * segment, allowing a typo or two ({@code 08-migraton} finds {@code stage-09/08-migration-…}),
     * or whose whole id contains the typed text.
     */
    public List<String> suggest(String id) {
        String wanted = normalize(id).toLowerCase(Locale.ROOT);
        String wantedLast = lastSegment(wanted);
        if (wantedLast.isEmpty()) {
            return List.of();
        }
        int allowed = Math.max(1, wantedLast.length() / 4);
        record Candidate(String id, int distance) { }
        return Stream.concat(scenarios.keySet().stream(), problems.keySet().stream())
                .map(known -> {
                    String k = known.toLowerCase(Locale.ROOT);
                    int d = k.contains(wanted) ? 0 : distanceWithin(wantedLast, lastSegment(k));
                    return new Candidate(known, d);
                })
                .filter(c -> c.distance() <= allowed)
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::id))
                .limit(MAX_SUGGESTIONS)
                .map(Candidate::id)
                .collect(Collectors.toList());
    }

    private static boolean isManifest(Path p) {
        return p.getFileName() != null && p.getFileName().toString().equals(ScenarioFiles.MANIFEST) && Files.isRegularFile(p);
    }

    private static String id(Path root, Path folder) {
        return StreamSupport.stream(root.relativize(folder).spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }

    /** Ids typed with a trailing slash (shell completion of the folder) or a leading scenarios/. */
    private static String normalize(String id) {
        String s = id.strip().replace('\\', '/');
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.startsWith("scenarios/") ? s.substring("scenarios/".length()) : s;
    }

    private static String lastSegment(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /**
     * The fewest edits that turn {@code needle} into some substring of {@code haystack}
     * (Levenshtein where skipping haystack's start and end is free).
     */
    static int distanceWithin(String needle, String haystack) {
        int[] previous = new int[haystack.length() + 1];
        int[] current = new int[haystack.length() + 1];
        for (int i = 1; i <= needle.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= haystack.length(); j++) {
                int substitute = previous[j - 1] + (needle.charAt(i - 1) == haystack.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int best = Integer.MAX_VALUE;
        for (int d : previous) {
            best = Math.min(best, d);
        }
        return best;
    }
}

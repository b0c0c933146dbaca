package dev.ride.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The learning paths of a {@code paths/} folder (docs/paths.md), sorted by id. A broken file does
 * not hide the others: it is listed in {@link #problems()} as {@code file:line: reason}. Whether
 * each scenario a path names exists is the catalog lint's to say ({@link PathsRule}).
 */
public final class LearningPaths {

    /** The paths folder beside a scenarios folder: {@code paths/} at the project's root. */
    public static Path beside(Path scenariosRoot) {
        return scenariosRoot.toAbsolutePath().resolveSibling("paths");
    }

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** paths/&lt;id&gt;.yaml as written. */
    record PathFile(String id, String title, String about, List<String> scenarios) { }

    private final List<LearningPath> paths;
    private final List<ScenarioException> problems;

    private LearningPaths(List<LearningPath> paths, List<ScenarioException> problems) {
        this.paths = List.copyOf(paths);
        this.problems = List.copyOf(problems);
    }

    /** Every {@code *.yaml} of {@code folder}; none when there is no such folder. */
    public static LearningPaths scan(Path folder) {
        List<LearningPath> paths = new ArrayList<>();
        List<ScenarioException> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new LearningPaths(paths, problems);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    paths.add(load(file));
                } catch (ScenarioException e) {
                    problems.add(e);
                }
            }
        } catch (IOException e) {
            problems.add(new ScenarioException(folder, 0, "cannot list paths: " + e.getMessage(), e));
        }
        paths.sort(Comparator.comparing(LearningPath::id));
        return new LearningPaths(paths, problems);
    }

    static LearningPath load(Path file) {
        String text;
        LineIndex lines = null;
        PathFile p;
        try {
            text = Files.readString(file);
            try (JsonParser tokens = YAML.createParser(text)) {
                lines = LineIndex.of(tokens);
            }
            p = YAML.readValue(text, PathFile.class);
        } catch (JsonMappingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            if (e instanceof UnrecognizedPropertyException u) {
                throw new ScenarioException(file, lines == null ? line : lines.of("/" + u.getPropertyName()), "unknown key '" + u.getPropertyName()
                        + "' (known keys: about, id, scenarios, title)", e);
            }
            String message = e.getOriginalMessage();
            throw new ScenarioException(file, line, message.contains("\n") ? message.substring(0, message.indexOf('\n')) : message, e);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (p == null) {
            throw new ScenarioException(file, 1, "the file is empty");
        }
        String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        String id = required(file, lines, "id", p.id());
        if (!ID.matcher(id).matches() || !id.equals(stem)) {
            throw new ScenarioException(file, lines.of("/id"), "id '" + id + "' must be lower-case words with dashes,"
                    + " the file's name (" + stem + ")");
        }
        String title = required(file, lines, "title", p.title());
        String about = required(file, lines, "about", p.about());
        if (p.scenarios() == null || p.scenarios().isEmpty()) {
            throw new ScenarioException(file, lines.of("/scenarios"), "scenarios: name at least one scenario id, in order");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.scenarios().size(); i++) {
            String s = p.scenarios().get(i);
            if (s == null || s.isBlank() || !seen.add(s.strip())) {
                throw new ScenarioException(file, lines.of("/scenarios/" + i),
                        s == null || s.isBlank() ? "an empty scenario id" : "scenario " + s + " is listed twice");
            }
        }
        return new LearningPath(id, title, about.strip(), p.scenarios().stream().map(String::strip).toList(), file);
    }

    private static String required(Path file, LineIndex lines, String key, String value) {
        if (value == null || value.isBlank()) {
            throw new ScenarioException(file, 1, "needs " + key);
        }
        return value.strip();
    }

    public List<LearningPath> paths() {
        return paths;
    }

    public List<ScenarioException> problems() {
        return problems;
    }

    public Optional<LearningPath> find(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return paths.stream().filter(p -> p.id().equals(wanted)).findFirst();
    }

    /** The path ids closest to {@code id}, best first (a typo or two, or a part of the id). */
    public List<String> suggest(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, wanted.length() / 4);
        record Candidate(String id, int distance) { }
        return paths.stream()
                .map(p -> new Candidate(p.id(), p.id().contains(wanted) ? 0 : ScenarioCatalog.distanceWithin(wanted, p.id())))
                .filter(c -> c.distance() <= allowed)
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::id))
                .limit(3)
                .map(Candidate::id)
                .toList();
    }
}

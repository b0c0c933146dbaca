package dev.ride.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The static catalog lint (docs/scenario-format.md#the-catalog-lint): each rule over every
 * scenario, the learning paths, and the known gaps. Static: it reads the manifests, the
 * transcripts and the stored cards, and starts no server, so CI and an author run it in seconds.
 */
public final class CatalogLint {

    /**
     * What the lint found: {@code failures} fail it (the stale known-gap entries among them),
     * {@code known} are accepted for now ({@link KnownGaps}).
     */
    public record Report(List<LintFinding> failures, List<LintFinding> known) {
        public Report {
            failures = List.copyOf(failures);
            known = List.copyOf(known);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private CatalogLint() {
    }

    /** The catalog under {@code scenariosRoot}, the paths beside it, its known gaps. */
    public static Report run(Path scenariosRoot) {
        ScenarioCatalog catalog = ScenarioCatalog.scan(scenariosRoot);
        return run(catalog, LearningPaths.scan(LearningPaths.beside(scenariosRoot)), KnownGaps.of(scenariosRoot));
    }

    static Report run(ScenarioCatalog catalog, LearningPaths paths, KnownGaps gaps) {
        List<LintFinding> findings = new ArrayList<>();
        for (ScenarioException broken : catalog.problems()) {
            findings.add(new LintFinding(idOf(broken.file()), "loads", broken.file() + ":" + broken.line(), broken.reason()));
        }
        for (Scenario s : catalog.scenarios()) {
            findings.addAll(new SolutionKindsRule().check(s));
            findings.addAll(new StoredCardsRule().check(s));
            findings.addAll(new LiveActorsRule().check(s));
            findings.addAll(new FirstHintRule().check(s));
        }
        findings.addAll(new UniqueNamesRule().check(catalog.scenarios()));
        findings.addAll(new PathsRule().check(paths, catalog));
        List<LintFinding> failures = new ArrayList<>();
        List<LintFinding> known = new ArrayList<>();
        for (LintFinding f : findings) {
            (gaps.accepts(f) ? known : failures).add(f);
        }
        failures.addAll(gaps.stale(findings));
        return new Report(failures, known);
    }

    /** {@code stage-01/01-x} from {@code …/stage-01/01-x/scenario.yaml}: the scenario a broken manifest is of. */
    private static String idOf(Path manifest) {
        Path folder = manifest.getParent();
        if (folder == null || folder.getParent() == null || folder.getParent().getFileName() == null) {
            return String.valueOf(manifest);
        }
        return folder.getParent().getFileName() + "/" + folder.getFileName();
    }
}

package dev.ride.scenario;

import java.util.ArrayList;
import java.util.List;

/** Lint: a learning path names only scenarios of the catalog, and every path file loads. */
final class PathsRule {

    static final String RULE = "paths";

    List<LintFinding> check(LearningPaths paths, ScenarioCatalog catalog) {
        List<LintFinding> findings = new ArrayList<>();
        for (ScenarioException problem : paths.problems()) {
            findings.add(new LintFinding(problem.file().getFileName().toString(), RULE,
                    problem.file() + ":" + problem.line(), problem.reason()));
        }
        for (LearningPath path : paths.paths()) {
            List<String> lines = lines(path);
            for (String id : path.scenarios()) {
                if (catalog.find(id).isEmpty()) {
                    List<String> near = catalog.suggest(id);
                    findings.add(LintFinding.in(path.file(), "path " + path.id(), RULE, lineOf(lines, id),
                            "names scenario " + id + ", which is not in the catalog"
                                    + (near.isEmpty() ? "" : " (did you mean " + near.get(0) + "?)")));
                }
            }
        }
        return findings;
    }

    private static List<String> lines(LearningPath path) {
        try {
            return java.nio.file.Files.readAllLines(path.file());
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static int lineOf(List<String> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(id)) {
                return i + 1;
            }
        }
        return 1;
    }
}

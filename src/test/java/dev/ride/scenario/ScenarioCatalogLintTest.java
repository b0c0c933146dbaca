package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The static catalog lint over the repository's own scenarios/ and paths/: CI fails on a
 * scenario that misses a kind of solution, a card that scores wrong, an untested trap, a first
 * hint that gives the answer, or a path to a scenario that is not there.
 */
class ScenarioCatalogLintTest {

    @Test
    void theRepositoryCatalogPassesTheLint() {
        CatalogLint.Report report = CatalogLint.run(SeedScenario.ROOT);

        assertThat(report.failures()).as("lint findings (fix them, or list a known gap in scenarios/%s)", KnownGaps.FILE)
                .extracting(LintFinding::toString).isEmpty();
    }

    @Test
    void theRepositoryHasLearningPathsThatLoad() {
        LearningPaths paths = LearningPaths.scan(LearningPaths.beside(SeedScenario.ROOT));

        assertThat(paths.problems()).isEmpty();
        assertThat(paths.paths()).extracting(LearningPath::id).contains("first-week-on-call", "release-engineering");
        assertThat(LearningPaths.beside(Path.of("scenarios"))).isEqualTo(Path.of("paths").toAbsolutePath());
    }
}

package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog lint on small catalogs, each broken in one way; one clean scenario passes every rule. */
class CatalogLintTest {

    private static final String ID = "stage-01/01-clean";

    @TempDir
    Path project;

    private Path root() throws IOException {
        return Files.createDirectories(project.resolve("scenarios"));
    }

    private String failures(Path root) {
        return String.join("\n", LintCatalogs.lint(root).failures().stream().map(LintFinding::toString).toList());
    }

    @Test
    void aCleanScenarioPasses() throws IOException {
        Path root = root();
        LintCatalogs.writeClean(root, ID);

        CatalogLint.Report report = LintCatalogs.lint(root);

        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aMissingKindIsNamedWithTheManifestLine() throws IOException {
        Path root = root();
        Map<String, String> cards = LintCatalogs.cleanCards();
        cards.remove("partial-half");
        LintCatalogs.write(root, ID, LintCatalogs.CLEAN.replace("  - name: partial-half\n", ""), cards);

        assertThat(failures(root)).isEqualTo(ID + ": no partial solution (partial-<what>: half the fix) ("
                + root.resolve(ID).resolve("scenario.yaml") + ":32) [kinds]");
    }

    @Test
    void aNameThatTellsNoKindNeedsAKindKey() throws IOException {
        Path root = root();
        Map<String, String> cards = LintCatalogs.cleanCards();
        cards.put("end-the-report", cards.remove("alt-unique"));
        String yaml = LintCatalogs.CLEAN.replace("alt-unique", "end-the-report");
        LintCatalogs.write(root, ID, yaml, cards);

        assertThat(failures(root)).contains("solution 'end-the-report' has no kind: name it reference, alt-…",
                "or add kind: (reference, alternative,", "no alternative solution");

        LintCatalogs.write(root, ID, yaml.replace("  - name: end-the-report\n", "  - name: end-the-report\n    kind: alternative\n"), cards);
        assertThat(failures(root)).isEmpty();
    }

    @Test
    void doingNothingMustScoreZeroAndTheReferenceTheMaximum() throws IOException {
        Path root = root();
        Map<String, String> cards = LintCatalogs.cleanCards();
        cards.put("nothing", LintCatalogs.card(10, false));
        cards.put("reference", LintCatalogs.card(20, false));
        LintCatalogs.write(root, ID, LintCatalogs.CLEAN, cards);

        assertThat(failures(root))
                .contains(ID + ": the reference scores 20/30, not the maximum (solutions/reference.card.json) ("
                        + root.resolve(ID).resolve("scenario.yaml") + ":33) [scores]")
                .contains(ID + ": doing nothing scores 10/30, not 0 (solutions/nothing.card.json)");
    }

    @Test
    void aTrapNoSolutionSpringsFails() throws IOException {
        Path root = root();
        Map<String, String> cards = LintCatalogs.cleanCards();
        cards.put("trap-drop", LintCatalogs.card(30, false));
        LintCatalogs.write(root, ID, LintCatalogs.CLEAN, cards);

        assertThat(failures(root)).isEqualTo(ID + ": trap 't-kept' is sprung by no solution's card: add a trap-<what>"
                + " solution that springs it (" + root.resolve(ID).resolve("scenario.yaml") + ":28) [traps]");
    }

    @Test
    void aScenarioThatDoesNotLoadIsAFindingWithItsLine() throws IOException {
        Path root = root();
        LintCatalogs.write(root, ID, LintCatalogs.CLEAN.replace("level: L1", "level: [L1]"), LintCatalogs.cleanCards());

        assertThat(failures(root)).isEqualTo(ID + ": level: expected a text value ("
                + root.resolve(ID).resolve("scenario.yaml") + ":4) [loads]");
    }

    @Test
    void aLiveScenarioNeedsAnActor() throws IOException {
        Path root = root();
        LintCatalogs.write(root, ID, LintCatalogs.CLEAN.replace("format: 1", "format: 2"), LintCatalogs.cleanCards());

        assertThat(failures(root)).isEqualTo(ID + ": format 2 is a live scenario, and it has no actors: (the application's"
                + " sessions) (" + root.resolve(ID).resolve("scenario.yaml") + ":1) [actors]");
    }

    @Test
    void twoScenariosOfAStageMayNotShareANumberNorAnyTwoATitle() throws IOException {
        Path root = root();
        LintCatalogs.writeClean(root, "stage-01/01-first");
        LintCatalogs.writeClean(root, "stage-01/1-second");
        LintCatalogs.writeClean(root, "stage-02/01-other-stage");
        LintCatalogs.write(root, "stage-03/01-same-title", LintCatalogs.CLEAN.replace("title: Clean",
                "title: clean stage-02/01-other-stage"), LintCatalogs.cleanCards());

        assertThat(LintCatalogs.lint(root).failures()).extracting(LintFinding::subject, LintFinding::rule, LintFinding::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("stage-01/1-second", "ids", "number 1 of stage-01 is taken by stage-01/01-first"),
                        org.assertj.core.groups.Tuple.tuple("stage-03/01-same-title", "titles",
                                "title 'clean stage-02/01-other-stage' is taken by stage-02/01-other-stage"));
    }

    @Test
    void hintOneMayNotNameAChangeTheReferenceMakes() throws IOException {
        Path root = root();
        LintCatalogs.write(root, ID, LintCatalogs.CLEAN.replace("Look at what the sessions do in pg_stat_activity.",
                "'The fix is an index: create  index on t (id).'"), LintCatalogs.cleanCards());

        assertThat(failures(root)).isEqualTo(ID + ": hint 1 gives the answer: it names 'CREATE INDEX', a change the reference"
                + " makes (hint 1 says where to look; the fix belongs in hint 3) (" + root.resolve(ID).resolve("scenario.yaml")
                + ":12) [hint-1]");
    }

    @Test
    void hintOneMayNameWhatTheReferenceOnlyTriedInARolledBackTransaction() throws IOException {
        Path root = root();
        LintCatalogs.write(root, ID, LintCatalogs.CLEAN.replace("Look at what the sessions do in pg_stat_activity.",
                "'Reproduce it: BEGIN; INSERT INTO t VALUES (1); ROLLBACK;'"), LintCatalogs.cleanCards());

        assertThat(failures(root)).isEmpty();
    }

    @Test
    void aPathThatNamesAMissingScenarioFails() throws IOException {
        Path root = root();
        LintCatalogs.writeClean(root, ID);
        Path paths = Files.createDirectories(project.resolve("paths"));
        Files.writeString(paths.resolve("starter.yaml"), """
                id: starter
                title: Starter
                about: A first walk.
                scenarios:
                  - stage-01/01-clean
                  - stage-01/01-clen
                """);

        assertThat(failures(root)).isEqualTo("path starter: names scenario stage-01/01-clen, which is not in the catalog"
                + " (did you mean stage-01/01-clean?) (" + paths.resolve("starter.yaml") + ":6) [paths]");
    }

    @Test
    void aKnownGapIsReportedWithoutFailingAndAStaleOneFails() throws IOException {
        Path root = root();
        LintCatalogs.write(root, ID, LintCatalogs.CLEAN.replace("format: 1", "format: 2"), LintCatalogs.cleanCards());
        Files.writeString(root.resolve(KnownGaps.FILE), "# accepted for now\n" + ID + " actors   # written before actors\n");

        CatalogLint.Report report = LintCatalogs.lint(root);
        assertThat(report.failures()).isEmpty();
        assertThat(report.known()).extracting(LintFinding::rule).containsExactly("actors");

        Files.writeString(root.resolve(KnownGaps.FILE), ID + " actors\n" + ID + " hint-1\n");
        assertThat(failures(root)).isEqualTo(ID + ": no longer breaks rule hint-1: remove the entry ("
                + root.resolve(KnownGaps.FILE) + ":2) [known-gaps]");
    }
}

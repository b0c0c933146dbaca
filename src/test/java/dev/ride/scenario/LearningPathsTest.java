package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningPathsTest {

    @TempDir
    Path dir;

    private static final String PATH = """
            id: on-call
            title: On call
            about: |
              A paragraph
              over two lines.
            scenarios:
              - stage-02/01-blocking-transaction
              - stage-01/01-missing-index
            """;

    @Test
    void readsAPathWithItsScenariosInOrder() throws IOException {
        Files.writeString(dir.resolve("on-call.yaml"), PATH);

        LearningPaths paths = LearningPaths.scan(dir);

        assertThat(paths.problems()).isEmpty();
        LearningPath p = paths.find("on-call").orElseThrow();
        assertThat(p.title()).isEqualTo("On call");
        assertThat(p.about()).isEqualTo("A paragraph\nover two lines.");
        assertThat(p.scenarios()).containsExactly("stage-02/01-blocking-transaction", "stage-01/01-missing-index");
        assertThat(paths.suggest("on-cal")).containsExactly("on-call");
        assertThat(paths.suggest("replication")).isEmpty();
    }

    @Test
    void aBrokenPathIsAProblemWithItsFileAndLineAndHidesNoOther() throws IOException {
        Files.writeString(dir.resolve("on-call.yaml"), PATH);
        Files.writeString(dir.resolve("twice.yaml"), PATH.replace("id: on-call", "id: twice")
                .replace("  - stage-01/01-missing-index", "  - stage-02/01-blocking-transaction"));
        Files.writeString(dir.resolve("typo.yaml"), PATH.replace("id: on-call", "id: typo").replace("about:", "abuot:"));
        Files.writeString(dir.resolve("named.yaml"), PATH);

        LearningPaths paths = LearningPaths.scan(dir);

        assertThat(paths.paths()).extracting(LearningPath::id).containsExactly("on-call");
        assertThat(paths.problems()).extracting(ScenarioException::getMessage).containsExactly(
                dir.resolve("named.yaml") + ":1: id 'on-call' must be lower-case words with dashes, the file's name (named)",
                dir.resolve("twice.yaml") + ":8: scenario stage-02/01-blocking-transaction is listed twice",
                dir.resolve("typo.yaml") + ":3: unknown key 'abuot' (known keys: about, id, scenarios, title)");
    }

    @Test
    void noPathsFolderIsNoPaths() {
        assertThat(LearningPaths.scan(dir.resolve("nowhere")).paths()).isEmpty();
    }
}

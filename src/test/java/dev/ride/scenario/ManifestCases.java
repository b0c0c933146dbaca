package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the manifest tests share: a small scenario folder written around a scenario.yaml, one
 * change made to a valid manifest per case, and the assertion that the loader rejects it with
 * {@code file:line: reason}.
 */
final class ManifestCases {

    private ManifestCases() {
    }

    /**
     * Writes {@code dir/scenario}: the manifest, a setup file, the reference solution, and a SQL
     * file outside the folder (for the case of a setup path that leaves it).
     */
    static Path write(Path dir, String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenario"));
        Files.createDirectories(folder.resolve("setup"));
        Files.createDirectories(folder.resolve("solutions"));
        Files.writeString(folder.resolve("setup/schema.sql"), "CREATE TABLE t (id int);\n");
        Files.writeString(folder.resolve("solutions/reference.txt"), ":submit --json\n");
        Files.writeString(folder.resolve("solutions/reference.card.json"), "{}\n");
        Files.writeString(dir.resolve("outside.sql"), "SELECT 1;\n");
        Files.writeString(folder.resolve("scenario.yaml"), yaml);
        return folder;
    }

    static Scenario load(Path dir, String yaml, String id) throws IOException {
        return ScenarioLoader.load(write(dir, yaml), id);
    }

    /** {@code base} with {@code find} replaced ({@code \n} in a case's text is a line break); the case must change it. */
    static String edit(String base, String find, String replace) {
        String yaml = base.replace(unescape(find), unescape(replace));
        assertThat(yaml).as("the case changes the manifest").isNotEqualTo(base);
        return yaml;
    }

    /** Loading {@code yaml} fails with a message that contains {@code reason}. */
    static void assertRejected(Path dir, String yaml, String id, String reason) throws IOException {
        Path folder = write(dir, yaml);
        assertThatThrownBy(() -> ScenarioLoader.load(folder, id))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining(reason);
    }

    /** Loading {@code yaml} fails with {@code scenario.yaml:LINE: } and then a message that contains {@code reason}. */
    static void assertRejectedAt(Path dir, String yaml, String id, int line, String reason) throws IOException {
        Path folder = write(dir, yaml);
        assertThatThrownBy(() -> ScenarioLoader.load(folder, id))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(folder.resolve("scenario.yaml") + ":" + line + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((ScenarioException) e).line()).isEqualTo(line));
    }

    static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}

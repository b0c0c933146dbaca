package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SolutionKindTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            reference            | REFERENCE
            alt-unique-index     | ALTERNATIVE
            blind-fix            | BLIND
            blind                | BLIND
            partial-limit-only   | PARTIAL
            trap-kill-waiters    | TRAP
            wrong-setting        | WRONG
            nothing              | NOTHING
            evidence-after-fix   | EVIDENCE_AFTER_FIX
            hints-used           | HINTS_USED
            second-attempt       | SECOND_ATTEMPT
            end-the-report       | -
            references           | -
            trapdoor             | -
            """)
    void theNameTellsTheKindByItsPrefix(String name, SolutionKind kind) {
        assertThat(SolutionKind.ofName(name).orElse(null)).isEqualTo(kind);
    }

    @Test
    void anExplicitKindWinsOverTheName() throws IOException {
        String yaml = ScenarioLoaderTest.VALID.replace("  - name: reference\n",
                "  - name: reference\n  - name: end-the-report\n    kind: alternative\n  - name: trap-ish\n    kind: partial\n");
        Path folder = ManifestCases.write(dir, yaml);
        for (String name : new String[] {"end-the-report", "trap-ish"}) {
            Files.writeString(folder.resolve("solutions/" + name + ".txt"), ":submit --json\n");
            Files.writeString(folder.resolve("solutions/" + name + ".card.json"), "{}\n");
        }

        Scenario s = ScenarioLoader.load(folder, "stage-00/kinds");

        assertThat(s.solutions()).extracting(Solution::kind)
                .containsExactly(SolutionKind.REFERENCE, SolutionKind.ALTERNATIVE, SolutionKind.PARTIAL);
    }
}

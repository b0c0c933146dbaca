package dev.ride.drill;

import dev.ride.sandbox.EngineOptions;
import dev.ride.sandbox.Tree;
import dev.ride.sandbox.choice.Engines;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.ScenarioLoader;
import dev.ride.scenario.Solution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `ride scenario verify`: a right card passes; a wrong one names the check and its manifest line. */
class SolutionVerifierTest {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private final SolutionVerifier verifier = new SolutionVerifier(Engines.forName("embedded", EngineOptions.defaults()));

    @Test
    void theSeedsIndexTrapGivesItsCard() {
        Scenario seed = ScenarioCatalog.scan(Path.of("scenarios")).require(SEED);
        Solution trap = seed.solutions().stream().filter(s -> s.name().equals("index-trap")).findFirst().orElseThrow();
        SolutionVerifier.Outcome o = verifier.verify(seed, trap);
        assertThat(o.problem()).isNull();
        assertThat(o.ok()).isTrue();
        assertThat(o.actualScore()).isEqualTo("90/100");
    }

    @Test
    void aCheckThatComesOutOtherwiseIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("seed");
        Tree.copy(Path.of("scenarios").resolve(SEED), copy);
        // claim the index trap was avoided: the replay says it was sprung
        Path card = copy.resolve("solutions/index-trap.card.json");
        Files.writeString(card, Files.readString(card)
                .replace("{\"id\":\"no-release-id-index\",\"passed\":false,\"points\":0,\"found\":\"tenant_c: index orders_release_id_idx\"}",
                        "{\"id\":\"no-release-id-index\",\"passed\":true,\"points\":10}")
                .replace("\"trap\":{\"score\":20", "\"trap\":{\"score\":30").replace("\"total\":90", "\"total\":100")
                .replace("\"score\":90,\"attempt\"", "\"score\":100,\"attempt\""));
        Scenario scenario = ScenarioLoader.load(copy, SEED);
        Solution trap = scenario.solutions().stream().filter(s -> s.name().equals("index-trap")).findFirst().orElseThrow();
        SolutionVerifier.Outcome o = verifier.verify(scenario, trap);
        assertThat(o.ok()).isFalse();
        assertThat(o.expectedScore()).isEqualTo("100/100");
        assertThat(o.actualScore()).isEqualTo("90/100");
        int line = Files.readAllLines(copy.resolve("scenario.yaml")).indexOf("    - id: no-release-id-index") + 1;
        assertThat(line).isPositive();
        assertThat(o.problem()).startsWith("check no-release-id-index (" + copy.resolve("scenario.yaml") + ":" + line
                + ") expected passed (10 points), got failed (0 points), found: tenant_c: index orders_release_id_idx");
        // and what the application went through, for a card that differs on a loaded CI machine
        assertThat(o.problem()).contains("; timeline: [{\"at_s\":");
        // what the replay's card says is at hand for an author who accepts it (ride scenario verify --write-cards)
        assertThat(o.actualCard()).contains("\"score\":90,\"attempt\":1");
    }

    @Test
    void aTranscriptWithoutJsonSubmitIsReported(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("seed");
        Tree.copy(Path.of("scenarios").resolve(SEED), copy);
        Files.writeString(copy.resolve("solutions/nothing.txt"), "SELECT 1;\n");
        Scenario scenario = ScenarioLoader.load(copy, SEED);
        Solution nothing = scenario.solutions().stream().filter(s -> s.name().equals("nothing")).findFirst().orElseThrow();
        assertThat(verifier.verify(scenario, nothing).problem()).contains("no JSON card");
    }
}

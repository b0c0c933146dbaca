package dev.ride.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.ride.sandbox.Sandbox;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.SeedScenario;
import dev.ride.scenario.Solution;

/** Every solution of the seed scenario produces the card stored beside it. */
class SolutionsTest {

    static List<String> solutions() {
        return SeedScenario.load().solutions().stream().map(Solution::name).toList();
    }

    @ParameterizedTest
    @MethodSource("solutions")
    void producesItsCard(String name) throws Exception {
        Scenario seed = SeedScenario.load();
        Solution solution = seed.solutions().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        Sandbox sandbox = SeedScenario.fresh();

        ScoreCard card = SolutionReplay.play(seed, sandbox, solution.transcript());

        assertThat(ScoreCardFormatter.jsonWithoutElapsed(card)).isEqualTo(Files.readString(solution.card()).strip());
    }
}

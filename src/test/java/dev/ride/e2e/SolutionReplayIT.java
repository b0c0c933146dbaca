package dev.ride.e2e;

import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.Solution;
import dev.ride.testing.TestEngines;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays every solution transcript of every scenario through the real entry point on a fresh
 * sandbox and compares the card with the expected one (elapsed time, limit, hint times and the
 * timeline aside). Live scenarios (actors) replay more than once on embedded, the same card each
 * time: the seed's every solution three times, every other live scenario's reference twice, the
 * rest of their solutions once (env {@code RIDE_REPLAY_ROUNDS=all}: every live solution three
 * times). With 37 scenarios and 376 solutions, three rounds of everything would be over 1,100
 * replays; CI samples the repeats and a local run can ask for all of them.
 *
 * <p>Docker replays the seed's every solution (the same card on another engine); Podman, whose
 * engine is Docker's code on another socket, replays the seed's reference, its traps and doing
 * nothing.
 *
 * <p>Replays run {@link #THREADS} at a time (env {@code RIDE_REPLAY_THREADS}, default 3): a replay
 * mostly waits (a JVM and a server starting, actors settling, a VACUUM), and 263 of them one after
 * the other took 19 minutes of CI on two cores. A scenario's first replay runs before its others,
 * so its prepared state is made once; the parallel replays are also a test of the cards' margins
 * against timing noise. Each dynamic test waits for its own replay and checks its card.
 */
class SolutionReplayIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final int SEED_ROUNDS = 3;
    private static final int LIVE_ROUNDS = 2;
    private static final boolean ALL_ROUNDS = "all".equals(System.getenv("RIDE_REPLAY_ROUNDS"));
    private static final int THREADS = Integer.parseInt(System.getenv().getOrDefault("RIDE_REPLAY_THREADS", "3"));

    @TestFactory
    List<DynamicTest> everySolutionGivesItsCard() {
        ScenarioCatalog catalog = ScenarioCatalog.scan(RideProcess.projectDir().resolve("scenarios"));
        assertThat(catalog.problems()).isEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "ride-replay");
            t.setDaemon(true);
            return t;
        });
        for (String engine : TestEngines.enginesUnderTest()) {
            for (Scenario scenario : catalog.scenarios()) {
                if (!engine.equals("embedded") && !scenario.id().equals(SEED)) {
                    // Same card on every engine is shown on the seed; the rest of the catalog runs
                    // on embedded only, to keep CI on two cores well under half an hour.
                    continue;
                }
                // a live scenario's actors run on real time: its cards must not move with timing
                // noise, so it is replayed more than once on embedded, every card the same
                int rounds = !scenario.live() || !engine.equals("embedded") ? 1
                        : scenario.id().equals(SEED) || ALL_ROUNDS ? SEED_ROUNDS : LIVE_ROUNDS;
                CompletableFuture<?> first = null;
                for (int round = 1; round <= rounds; round++) {
                    for (Solution solution : scenario.solutions()) {
                        if (round > 1 && !repeated(scenario, solution)
                                || engine.equals("podman") && !sampledOnPodman(solution)) {
                            continue;
                        }
                        String name = engine + ": " + scenario.id() + " / " + solution.name()
                                + (rounds > 1 ? " (round " + round + " of " + rounds + ")" : "");
                        CompletableFuture<RideProcess.Result> run = first == null
                                ? CompletableFuture.supplyAsync(() -> replay(engine, scenario, solution), pool)
                                : first.thenApplyAsync(prepared -> replay(engine, scenario, solution), pool);
                        first = first == null ? run : first;
                        tests.add(DynamicTest.dynamicTest(name, () -> check(solution, run.join())));
                    }
                }
            }
        }
        assertThat(tests).isNotEmpty();
        return tests;
    }

    /** Whether a live scenario's solution replays in every round, or in the first one only. */
    private static boolean repeated(Scenario scenario, Solution solution) {
        return ALL_ROUNDS || scenario.id().equals(SEED) || solution.name().equals("reference");
    }

    /** Podman runs the Docker engine's code: the reference, the traps and doing nothing show it grades the same. */
    private static boolean sampledOnPodman(Solution solution) {
        String name = solution.name();
        return name.equals("reference") || name.equals("nothing") || name.startsWith("trap-");
    }

    private static RideProcess.Result replay(String engine, Scenario scenario, Solution solution) {
        try {
            return RideProcess.run(Files.readString(solution.transcript()),
                    TestEngines.args(engine, "postgres", "start", scenario.id()));
        } catch (Exception e) {
            throw new IllegalStateException("replay of " + solution.name() + " failed to run", e);
        }
    }

    private static void check(Solution solution, RideProcess.Result result) throws Exception {
        ReplayedCard.assertExpected(solution, result);
    }
}

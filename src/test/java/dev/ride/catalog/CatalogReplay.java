package dev.ride.catalog;

import dev.ride.drill.SolutionVerifier;
import dev.ride.e2e.ReplayedCard;
import dev.ride.e2e.RideProcess;
import dev.ride.sandbox.embedded.EmbeddedEngine;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.Solution;
import dev.ride.testing.TestEngines;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays every solution transcript of the catalog on a fresh sandbox and compares the card with
 * the expected one (elapsed time, limit, hint times and the timeline aside), split between two test
 * classes: {@link SolutionReplayIT} and {@link dev.ride.score.SolutionReplayTailIT}. Live scenarios (actors) replay more than once on embedded, the same card each
 * time: the seed's every solution three times, half of the other live scenarios' references twice
 * (the other half the next day), the rest of their solutions once (env {@code RIDE_REPLAY_ROUNDS=all}: every live solution three
 * times). Three rounds of everything would be three times the catalog; CI samples the repeats and
 * a local run can ask for all of them. {@code RIDE_REPLAY_ONLY=stage-02,stage-07/04} replays a part.
 *
 * <p>Docker replays the seed's every solution (the same card on another engine); Podman, whose
 * engine is Docker's code on another socket, replays the seed's reference, its traps and doing
 * nothing.
 *
 * <p>The seed replays through the real entry point ({@code ride postgres start}, a JVM of its own)
 * on every engine; every other scenario replays in this JVM through {@link SolutionVerifier}, the
 * same drill and script-mode shell that {@code ride scenario verify} runs. A JVM per replay cost
 * more CPU than the replay itself (class loading and the JIT: 70 % of a quit-at-once run's CPU),
 * and the entry point's own part (options, engine choice, progress) is the same for every scenario.
 * {@code RIDE_REPLAY_VIA=cli} sends every replay through the entry point again.
 *
 * <p>Replays run {@link #THREADS} at a time (env {@code RIDE_REPLAY_THREADS}, default 3): a replay
 * mostly waits (a JVM and a server starting, actors settling, a VACUUM), and 263 of them one after
 * the other took 19 minutes of CI on two cores. A scenario's first replay runs before its others,
 * so its prepared state is made once ({@link GroupOrderedPool}); the parallel replays are also a test of the cards' margins
 * against timing noise. Each dynamic test waits for its own replay and checks its card.
 */
public abstract class CatalogReplay {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final int SEED_ROUNDS = 3;
    private static final int LIVE_ROUNDS = 2;
    private static final boolean ALL_ROUNDS = "all".equals(System.getenv("RIDE_REPLAY_ROUNDS"));
    private static final int THREADS = Integer.parseInt(System.getenv().getOrDefault("RIDE_REPLAY_THREADS", "3"));
    /** Env {@code RIDE_REPLAY_VIA=cli}: every replay through the real entry point. */
    private static final boolean ALL_VIA_CLI = "cli".equals(System.getenv("RIDE_REPLAY_VIA"));
    /** Env {@code RIDE_REPLAY_ONLY}: comma-separated id prefixes (stage-02,stage-07/04), for a local run of a part. */
    private static final List<String> ONLY = Arrays.stream(System.getenv().getOrDefault("RIDE_REPLAY_ONLY", "")
            .split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();

    /**
     * Stages replayed by {@link dev.ride.score.SolutionReplayTailIT} and not by {@link SolutionReplayIT}:
     * about a sixth of the replays. The two test JVMs take test classes in name order: SolutionReplayIT
     * first, in one; the other runs every other integration test meanwhile (18 minutes here against
     * 28), then, its name coming last, the tail. One class held all of it, and CI waited for it alone.
     */
    public static final List<String> TAIL_STAGES = List.of("stage-06/", "stage-10/");

    /** Whether this class replays that scenario. */
    protected abstract boolean replays(Scenario scenario);

    @TestFactory
    public List<DynamicTest> everySolutionGivesItsCard() {
        ScenarioCatalog catalog = ScenarioCatalog.scan(RideProcess.projectDir().resolve("scenarios"));
        assertThat(catalog.problems()).isEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        GroupOrderedPool pool = new GroupOrderedPool(THREADS);
        int group = 0;
        int live = 0;
        for (String engine : TestEngines.enginesUnderTest()) {
            for (Scenario scenario : catalog.scenarios()) {
                if (!replays(scenario) || !ONLY.isEmpty() && ONLY.stream().noneMatch(scenario.id()::startsWith)) {
                    continue;
                }
                if (!engine.equals("embedded") && !scenario.id().equals(SEED)) {
                    // Same card on every engine is shown on the seed; the rest of the catalog runs
                    // on embedded only, to keep CI on two cores well under half an hour.
                    continue;
                }
                // a live scenario's actors run on real time: its cards must not move with timing
                // noise, so it is replayed more than once on embedded, every card the same
                int rounds = !scenario.live() || !engine.equals("embedded") ? 1
                        : scenario.id().equals(SEED) || ALL_ROUNDS ? SEED_ROUNDS
                        : repeatedToday(live++) ? LIVE_ROUNDS : 1;
                Executor replays = pool.group(group++);
                CompletableFuture<?> first = null;
                for (int round = 1; round <= rounds; round++) {
                    for (Solution solution : scenario.solutions()) {
                        if (round > 1 && !repeated(scenario, solution)
                                || engine.equals("podman") && !sampledOnPodman(solution)) {
                            continue;
                        }
                        String name = engine + ": " + scenario.id() + " / " + solution.name()
                                + (rounds > 1 ? " (round " + round + " of " + rounds + ")" : "");
                        boolean inProcess = engine.equals("embedded") && !scenario.id().equals(SEED) && !ALL_VIA_CLI;
                        CompletableFuture<Runnable> run = first == null
                                ? CompletableFuture.supplyAsync(() -> replay(engine, scenario, solution, inProcess), replays)
                                : first.thenApplyAsync(prepared -> replay(engine, scenario, solution, inProcess), replays);
                        first = first == null ? run : first;
                        tests.add(DynamicTest.dynamicTest(name, () -> run.join().run()));
                    }
                }
            }
        }
        if (ONLY.isEmpty()) {
            assertThat(tests).isNotEmpty();
        }
        return tests;
    }

    /**
     * Runs replays {@code threads} at a time, the lowest group (a scenario on an engine, in catalog
     * order) first. A scenario's other replays wait for its first one, which stores its prepared
     * copy; in a plain FIFO pool they then queued behind every other scenario's first replay, and
     * by their turn the warm-start cache (then 16 copies) had dropped that copy, so they prepared it again.
     */
    private static final class GroupOrderedPool {
        private final PriorityBlockingQueue<Ranked> queue = new PriorityBlockingQueue<>();
        private final AtomicLong submitted = new AtomicLong();

        GroupOrderedPool(int threads) {
            for (int i = 0; i < threads; i++) {
                Thread t = new Thread(this::work, "ride-replay-" + i);
                t.setDaemon(true);
                t.start();
            }
        }

        Executor group(int rank) {
            return task -> queue.add(new Ranked(rank, submitted.getAndIncrement(), task));
        }

        private void work() {
            while (true) {
                try {
                    queue.take().task().run();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private record Ranked(int rank, long order, Runnable task) implements Comparable<Ranked> {
            @Override
            public int compareTo(Ranked other) {
                return rank != other.rank ? Integer.compare(rank, other.rank) : Long.compare(order, other.order);
            }
        }
    }

    /**
     * Whether the {@code live}-th live scenario (in catalog order) repeats its reference today: one
     * half on even days, the other on odd ones, so that CI stays under 40 minutes as the catalog
     * grows (94 scenarios) while every reference is still replayed twice every other day.
     */
    private static boolean repeatedToday(int live) {
        return Math.floorMod(live + java.time.LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay(), 2) == 0;
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

    /**
     * Replays one solution and returns the check of its card, for the dynamic test to run. Its wall
     * time goes to {@code target/replay-times.tsv}: a dynamic test's own time in the report is only
     * how long it waited for a replay that ran beside others, and CI's time is planned from these.
     */
    private static Runnable replay(String engine, Scenario scenario, Solution solution, boolean inProcess) {
        long started = System.nanoTime();
        try {
            return replayTimed(engine, scenario, solution, inProcess);
        } finally {
            ReplayTimes.record(engine, scenario.id(), solution.name(), System.nanoTime() - started);
        }
    }

    private static Runnable replayTimed(String engine, Scenario scenario, Solution solution, boolean inProcess) {
        if (inProcess) {
            SolutionVerifier.Outcome outcome = new SolutionVerifier(new EmbeddedEngine()).verify(scenario, solution);
            return () -> assertThat(outcome.problem())
                    .as("card of %s: %s%n%s", solution.name(), outcome.actualCard(), outcome.diagnosis()).isNull();
        }
        RideProcess.Result result;
        try {
            result = RideProcess.run(Files.readString(solution.transcript()),
                    TestEngines.args(engine, "postgres", "start", scenario.id()));
        } catch (org.opentest4j.TestAbortedException noEngine) {
            return () -> {
                throw noEngine; // a skip where the engine is missing (a failure under CI=true comes as such)
            };
        } catch (Exception e) {
            throw new IllegalStateException("replay of " + solution.name() + " failed to run", e);
        }
        return () -> {
            try {
                ReplayedCard.assertExpected(solution, result);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
    }
}

package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.Solution;
import dev.ride.testing.TestEngines;

/**
 * The reference solutions of the scenarios whose fix is {@code repoint-pooler} or {@code choose}
 * replayed on the docker engine through the real entry point: the same card as on embedded
 * (SolutionReplayIT replays the rest of the catalog on embedded only). Also a solution that
 * crashes and restarts the primary under a hold actor: in a container the restarted server's
 * backends reuse the old pids, and the actor must still be seen gone.
 */
class DockerTopologyReplayIT {

    /** The five scenarios the topology was built to prove: paused replay, a dead replica's slot, promotion, an exhausted pool, prepared statements behind transaction pooling. */
    private static final List<String> PROOF_SCENARIOS = List.of(
            "stage-04/03-read-replica-stale-reads",
            "stage-04/02-wal-explosion-replication-slot",
            "stage-08/02-manual-replica-promotion",
            "stage-03/04-pgbouncer-pool-exhausted",
            "stage-03/06-prepared-statements-vs-pooling");

    @ParameterizedTest(name = "docker: {0} / {1}")
    @CsvSource({
            "stage-08/02-manual-replica-promotion, reference",
            "stage-03/06-prepared-statements-vs-pooling, reference",
            "stage-03/06-prepared-statements-vs-pooling, restart-then-fix"})
    void theSolutionGivesItsCardOnDocker(String id, String solution) throws Exception {
        Scenario scenario = ScenarioCatalog.scan(RideProcess.projectDir().resolve("scenarios")).scenarios().stream()
                .filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        Solution reference = scenario.solutions().stream().filter(s -> s.name().equals(solution)).findFirst().orElseThrow();
        assertThat(Files.readString(reference.transcript())).as("the solution uses an action this test is about")
                .containsPattern(":action (repoint-pooler|choose) ");

        RideProcess.Result result = RideProcess.run(Files.readString(reference.transcript()),
                TestEngines.args("docker", "postgres", "start", id));

        ReplayedCard.assertExpected(reference, result);
    }

    /**
     * The references of the other scenarios with a standby or a pooler (with the ones above, one
     * of each of the five kinds the topology was built for, then every later drill of stages 04
     * and 08): the same card as on embedded. stage-04/02 drops a slot its setup made, a directory
     * of the prepared image; stage-04/07's primary waits on a synchronous standby; stage-08/01,
     * 08/03 and 08/05 stop, start and promote servers at the drill's start or in the learner's
     * hands, and read a stopped server's log; 04/06 and 04/08 rebuild a standby from a fresh base
     * backup (rebuild-standby), 08/08 the old primary after a failover; 05/05 and 05/07 take and
     * restore base backups; 03/05, 03/07 and 03/09 meet PgBouncer's transaction pooling, a pool
     * connection held by a runaway query and a pool too small; 07/06 ends a session on the standby
     * that holds the primary's cleanup back.
     */
    @ParameterizedTest(name = "docker: {0} / reference")
    @CsvSource({
            "stage-04/02-wal-explosion-replication-slot",
            "stage-04/03-read-replica-stale-reads",
            "stage-03/04-pgbouncer-pool-exhausted",
            "stage-04/01-replica-lag-stopped-replica",
            "stage-04/04-replica-query-conflict",
            "stage-04/05-broken-replication-credentials",
            "stage-04/07-synchronous-replication-latency",
            "stage-04/06-wal-keep-size-too-small",
            "stage-04/08-replication-slot-dropped",
            "stage-08/01-primary-crash-detection",
            "stage-08/03-failed-failover-due-to-lag",
            "stage-08/05-old-primary-returns",
            "stage-08/06-app-writes-to-old-endpoint",
            "stage-08/07-failover-with-slot-cleanup",
            "stage-08/08-timeline-divergence-detected",
            "stage-05/05-base-backup-missing-wal",
            "stage-05/07-dropped-table-recover-from-backup",
            "stage-03/05-transaction-pooling-surprise",
            "stage-03/07-runaway-query-holds-pool-connection",
            "stage-03/09-pool-size-misconfiguration",
            "stage-07/06-standby-feedback-holds-back-cleanup"})
    void theReferenceOfEachTopologyScenarioGivesItsCardOnDocker(String id) throws Exception {
        Scenario scenario = ScenarioCatalog.scan(RideProcess.projectDir().resolve("scenarios")).scenarios().stream()
                .filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        Solution reference = scenario.solutions().stream().filter(s -> s.name().equals("reference")).findFirst().orElseThrow();

        RideProcess.Result result = RideProcess.run(Files.readString(reference.transcript()),
                TestEngines.args("docker", "postgres", "start", id));

        ReplayedCard.assertExpected(reference, result);
    }

    /**
     * A rotating sample of the five proof scenarios' other solutions on docker (every solution
     * is replayed on embedded by SolutionReplayIT; all of them on docker take about 25 minutes,
     * more than a CI run can spend): each run replays, per scenario, the solution whose place in
     * its list is the day's number modulo their count, so every solution comes round within two
     * weeks. {@code RIDE_DOCKER_SAMPLE=all} replays all of them; {@code =N} takes day N.
     */
    @TestFactory
    Stream<DynamicTest> aRotatingSampleOfTheProofScenariosSolutionsGivesTheirCardsOnDocker() {
        String sample = System.getenv().getOrDefault("RIDE_DOCKER_SAMPLE", "");
        long day = sample.matches("\\d+") ? Long.parseLong(sample) : LocalDate.now(ZoneOffset.UTC).toEpochDay();
        List<Scenario> catalog = ScenarioCatalog.scan(RideProcess.projectDir().resolve("scenarios")).scenarios();
        return PROOF_SCENARIOS.stream().flatMap(id -> {
            Scenario scenario = catalog.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
            List<Solution> others = scenario.solutions().stream().filter(s -> !s.name().equals("reference")).toList();
            Stream<Solution> chosen = sample.equals("all") ? others.stream()
                    : Stream.of(others.get((int) Math.floorMod(day, (long) others.size())));
            return chosen.map(solution -> DynamicTest.dynamicTest("docker: " + id + " / " + solution.name(), () -> {
                RideProcess.Result result = RideProcess.run(Files.readString(solution.transcript()),
                        TestEngines.args("docker", "postgres", "start", id));
                ReplayedCard.assertExpected(solution, result);
            }));
        });
    }
}

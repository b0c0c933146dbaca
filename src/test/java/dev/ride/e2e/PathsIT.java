package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Learning paths and the catalog's filters through the real CLI: {@code ride paths},
 * {@code ride scenarios --path/--level}, completion of path ids, and the static catalog lint
 * of {@code ride scenario verify --all --lint-only} over the repository's catalog.
 */
class PathsIT {

    /** A learner with no progress yet: the suite's replays, in the same JVM, record theirs in RideProcess's home. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path freshState;

    @Test
    void ridePathsListsEveryPathWithProgressAndItsScenarios() throws Exception {
        RideProcess.Result r = RideProcess.run("", java.util.List.of("COLUMNS=80", "XDG_DATA_HOME=" + freshState),
                "paths");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("first-week-on-call", "multi-tenant-saas-operations", "release-engineering",
                "replication-and-failover  0/17 done  Replication and failover", "stage-08/02-manual-replica-promotion");
        assertThat(r.stdout().lines()).allMatch(line -> line.length() <= 80);
    }

    @Test
    void scenariosFilterByPathInItsOrderAndByLevel() throws Exception {
        RideProcess.Result path = RideProcess.run("", "scenarios", "--path", "replication-and-failover", "--json");

        assertThat(path.exitCode()).as(path.stderr()).isZero();
        assertThat(path.stdout()).containsSubsequence("stage-04/01-replica-lag-stopped-replica", "stage-04/03-read-replica-stale-reads",
                "stage-04/04-replica-query-conflict", "stage-04/05-broken-replication-credentials",
                "stage-04/02-wal-explosion-replication-slot", "stage-04/09-unmonitored-replication-slot-lag",
                "stage-04/06-wal-keep-size-too-small", "stage-04/08-replication-slot-dropped",
                "stage-04/10-wal-generation-spike", "stage-04/07-synchronous-replication-latency",
                "stage-08/01-primary-crash-detection",
                "stage-08/02-manual-replica-promotion",
                "stage-08/03-failed-failover-due-to-lag",
                "stage-08/05-old-primary-returns", "stage-08/08-timeline-divergence-detected",
                "stage-08/06-app-writes-to-old-endpoint",
                "stage-08/07-failover-with-slot-cleanup")
                .doesNotContain("stage-09/");

        RideProcess.Result l3 = RideProcess.run("", "scenarios", "--path", "replication-and-failover", "--level", "L3");
        assertThat(l3.stdout()).contains("stage-04/07-synchronous-replication-latency", "stage-04/09-unmonitored-replication-slot-lag",
                        "stage-08/02-manual-replica-promotion")
                .doesNotContain("stage-04/02", "stage-04/03", "stage-04/10");

        RideProcess.Result level = RideProcess.run("", "scenarios", "--level", "L9");
        assertThat(level.exitCode()).isEqualTo(2);
        assertThat(level.stderr()).startsWith("ride: No level 'L9'. Levels go from L1 (first steps) to L5");

        RideProcess.Result typo = RideProcess.run("", "scenarios", "--path", "first-week");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.stderr()).isEqualTo("ride: No path 'first-week'. Did you mean first-week-on-call?"
                + " `ride paths` lists them.\n");
    }

    @Test
    void completionOffersThePathIds() throws Exception {
        RideProcess.Result r = RideProcess.run("", "completion", "bash");

        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("first-week-on-call").contains("--path");
    }

    @Test
    void theLintOnlyVerifyPassesOnTheRepositoryCatalogAndNamesItsKnownGaps() throws Exception {
        RideProcess.Result r = RideProcess.run("", "scenario", "verify", "--all", "--lint-only");

        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdout()).contains("known lint stage-02/06-long-transaction-blocks-ddl: no partial solution")
                .contains("lint: passed, " + knownGaps() + " known gap(s) in lint-known-gaps.txt");

        RideProcess.Result one = RideProcess.run("", "scenario", "verify", "stage-01/01", "--lint-only");
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.stderr()).contains("--lint-only lints the whole catalog: use it with --all.");
    }

    /** The entries of scenarios/lint-known-gaps.txt (one per line that is not a comment). */
    private static long knownGaps() throws java.io.IOException {
        return java.nio.file.Files.readAllLines(RideProcess.projectDir().resolve("scenarios/lint-known-gaps.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
    }
}

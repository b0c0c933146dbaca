package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code ride cache} as a user runs it. Only what leaves the machine's cache as it was: it is shared
 * by every test run here (removal is tested on a cache of its own in CacheInventoryTest).
 */
class CacheCommandIT {

    @Test
    void lsShowsTheTableTheCacheDirectoryAndWhereTheLimitIsSet() throws Exception {
        RideProcess.Result r = RideProcess.run("", java.util.List.of("RIDE_CACHE_MAX=3G"), "cache", "ls");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("of at most 3.0 GiB (RIDE_CACHE_MAX=3G)").contains("ride cache rm SCENARIO");
        assertThat(r.stdout().lines().findFirst().orElse(""))
                .satisfiesAnyOf(first -> assertThat(first).startsWith("KIND      SCENARIO"),
                        first -> assertThat(first).startsWith("The cache is empty"));
    }

    @Test
    void rmWithoutWhatToRemoveIsAUsageError() throws Exception {
        RideProcess.Result r = RideProcess.run("", "cache", "rm");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("say what to remove: a SCENARIO, --stale or --all");
    }

    @Test
    void aBadLimitIsNamed() throws Exception {
        RideProcess.Result r = RideProcess.run("", java.util.List.of("RIDE_CACHE_MAX=lots"), "cache", "ls");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("RIDE_CACHE_MAX takes a size like 2G");
    }
}

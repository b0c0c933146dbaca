package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * After {@code :reset} of a live drill on one server the actors log in again: the reset puts the
 * setup's roles back as the setup left them (password hash included), so the drill must give the
 * actor roles this run's password again before it restarts them.
 */
class LiveResetIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";

    @Test
    void theActorsLogInAgainAfterAReset() throws Exception {
        String input = String.join("\n",
                ":reset",
                "select count(*) > 0 as checkout_back from pg_stat_activity where usename = 'checkout';",
                ":submit --json",
                "") + "\n";
        RideProcess.Result r = RideProcess.run(input, "postgres", "start", SEED, "--engine", "embedded");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String afterReset = r.stdout().substring(r.stdout().indexOf("checkout_back"));
        assertThat(afterReset).as(r.stdout()).contains(" t\n");
        assertThat(r.lastJsonLine()).doesNotContain("28P01").doesNotContain("password authentication failed");
    }
}

package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A live drill (the seed's checkout app) through the jar: the learner terminates every other
 * backend, the actors included, and keeps a working shell; the app reconnects as its definition
 * says, and the card still comes.
 */
class LiveDrillIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";

    @Test
    void terminatingEveryBackendLeavesAWorkingShellAndTheAppReconnects() throws Exception {
        String transcript = String.join("\n",
                "select count(*) > 0 as terminated from (select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where pid <> pg_backend_pid() and backend_type = 'client backend') t;",
                "select 'still here' as shell;",
                // the checkout app reconnects 2 s after it was terminated (on_terminate: reconnect_after: 2s)
                "select pg_sleep(4);",
                "select count(*) as checkout_sessions from pg_stat_activity where application_name = 'checkout-api';",
                ":submit --json",
                "");
        RideProcess.Result r = RideProcess.run(transcript, "postgres", "start", SEED, "--engine", "embedded");

        assertThat(r.exitCode()).as("stderr:\n%s", r.stderr()).isZero();
        assertThat(r.stdout()).contains(" terminated \n------------\n t\n");
        assertThat(r.stdout()).contains("still here");
        assertThat(r.stdout()).contains(" checkout_sessions \n-------------------\n                 3\n");
        assertThat(r.lastJsonLine()).contains("\"total\":0");
    }

    @Test
    void resetStartsTheAppAgainAndItLogsIn() throws Exception {
        // :reset restores the setup's roles, passwords included; the app must still log in after it
        String transcript = String.join("\n",
                ":reset",
                "select pg_sleep(2);",
                "select count(*) > 0 as app_back from pg_stat_activity where application_name = 'checkout-api';",
                ":submit --json",
                "");
        RideProcess.Result r = RideProcess.run(transcript, "postgres", "start", SEED, "--engine", "embedded");

        assertThat(r.exitCode()).as("stderr:\n%s", r.stderr()).isZero();
        assertThat(r.stdout()).contains(" app_back \n----------\n t\n");
    }
}

package dev.ride.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The learner's failing statement, read back with :log in script mode. */
class ServerLogIT {

    @Test
    void logShowsTheErrorOfTheStatementBefore() throws Exception {
        RideProcess.Result r = // the seed is live: its checkout app's errors fill the log too, so look far enough back
                RideProcess.run("select 1/0;\n:log 200\n:log --follow 2\n",
                "postgres", "start", "stage-09/08-migration-applied-to-one-tenant-only", "--engine", "embedded");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stderr()).contains("ERROR:  division by zero");
        assertThat(r.stdout()).containsPattern("\\[\\d+\\] postgres@tenant_a ride: ERROR:  division by zero\n")
                .containsPattern("\\[\\d+\\] postgres@tenant_a ride: STATEMENT:  select 1/0;\n");
        // :log 200 then :log --follow 2, which without a terminal shows its lines and returns
        assertThat(r.stdout().lines().count()).isLessThanOrEqualTo(202);
        assertThat(r.stdout()).doesNotContain("Ctrl-C");
    }
}

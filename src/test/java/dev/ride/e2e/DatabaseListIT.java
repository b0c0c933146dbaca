package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code \l} in a drill lists the learner's databases: ride's own templates of them (which
 * {@code :reset} copies) are left out, and the footer says so and how to see them.
 */
class DatabaseListIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";

    @Test
    void theListLeavesRidesTemplatesOutAndSaysSoANamedPatternShowsThem() throws Exception {
        RideProcess.Result r = RideProcess.run("\\l\n\\l ride_template*\n",
                "postgres", "start", SEED, "--engine", "embedded");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String[] lists = r.stdout().split("List of databases");
        assertThat(lists).hasSize(3);
        assertThat(lists[1]).contains("tenant_a", "tenant_b", "tenant_c", "template0")
                .doesNotContain("ride_template_tenant_a")
                .contains("(3 of ride's own template databases not shown: \\l ride_template* lists them)");
        assertThat(lists[2]).contains("ride_template_tenant_a", "ride_template_tenant_b", "ride_template_tenant_c")
                .contains("(3 rows)").doesNotContain("not shown");
    }
}

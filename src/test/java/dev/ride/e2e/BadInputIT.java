package dev.ride.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input on the command line gets one clear line and a non-zero exit. */
class BadInputIT {

    @Test
    void unknownScenarioSuggestsTheClosestIds() throws Exception {
        RideProcess.Result r = RideProcess.run("", "postgres", "start", "stage-09/08-migraton-applied-to-one-tenant");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.stderr()).contains("stage-09/08-migration-applied-to-one-tenant-only");
        assertThat(r.stderr().lines().count()).isLessThanOrEqualTo(4);
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void scenariosListsTheSeed() throws Exception {
        RideProcess.Result r = RideProcess.run("", "scenarios");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("stage-09/08-migration-applied-to-one-tenant-only")
                .contains("Migration applied to one tenant only").contains("L3");
    }

    @Test
    void aUniquePrefixStartsItsScenarioAndAMistypedColonCommandGetsOneLineWithASuggestion() throws Exception {
        RideProcess.Result r = RideProcess.run(":hnt\n:briefing\n:quit\n", "postgres", "start", "stage-09/08", "--engine", "embedded");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr().lines().filter(l -> l.contains("unknown command")).toList())
                .containsExactly("unknown command :hnt; did you mean :hint? (:help lists them)",
                        "unknown command :quit; use \\q to quit (or Ctrl-D)");
        assertThat(r.stdout()).contains("PAGE · P2 · checkout-api");
    }
}

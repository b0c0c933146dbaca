package dev.ride.e2e;

import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The author's commands (scenario verify, scenario new) and the catalog's best scores, through the jar. */
class ScenarioCommandIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";

    @Test
    void verifyReplaysEverySolutionOfTheSeed() throws Exception {
        RideProcess.Result r = RideProcess.run("", "scenario", "verify", SEED, "--engine", "embedded");
        assertThat(r.exitCode()).as("stdout:\n%s\nstderr:\n%s", r.stdout(), r.stderr()).isZero();
        assertThat(r.stdout()).containsPattern("(?m)^ok   reference\\s+100/100$")
                .containsPattern("(?m)^ok   index-trap\\s+90/100$")
                .containsPattern("(?m)^ok   nothing\\s+0/100$")
                .containsPattern("(?m)^ok   hints-used\\s+85/100$")
                .containsPattern("(?m)^ok   not-null-default\\s+80/100$")
                .contains("14 solution(s) of 1 scenario(s) on embedded: all cards match");
    }

    @Test
    void newWritesASkeletonThatLoadsAndClaimsNoCard(@TempDir Path root) throws Exception {
        String id = "stage-99/01-lock-queue-behind-a-migration";
        List<String> env = List.of("RIDE_SCENARIOS=" + root);
        RideProcess.Result r = RideProcess.run("", env, "scenario", "new", id);
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        Path folder = root.resolve(id);
        assertThat(folder.resolve("setup/schema.sql")).isRegularFile();
        assertThat(folder.resolve("solutions/reference.txt")).isRegularFile();
        assertThat(folder.resolve("solutions/nothing.txt")).isRegularFile();
        try (var files = Files.walk(folder)) {
            assertThat(files.filter(p -> p.toString().endsWith(".card.json"))).isEmpty();
        }
        Scenario scenario = ScenarioLoader.load(folder, id);
        assertThat(scenario.title()).isEqualTo("Lock queue behind a migration");
        assertThat(scenario.solutions()).isEmpty();
        assertThat(scenario.live()).as("a format-2 skeleton with an actor").isTrue();
        assertThat(scenario.actors()).extracting(a -> a.name()).containsExactly("app");
        String manifest = Files.readString(folder.resolve("scenario.yaml"));
        for (String key : List.of("format:", "title:", "topic:", "level:", "duration:", "databases:", "start_database:",
                "setup:", "all:", "per_database:", "briefing:", "hints:", "postmortem:", "checks:", "detect:", "fix:",
                "trap:", "actors:", "solutions:")) {
            assertThat(manifest).contains(key);
        }
        // nothing verified yet: verify says so and fails
        RideProcess.Result verify = RideProcess.run("", env, "scenario", "verify", id, "--engine", "embedded");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.stdout()).contains("FAIL " + id + ": no solutions listed");
        // a second `new` never overwrites
        RideProcess.Result again = RideProcess.run("", env, "scenario", "new", id);
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.stderr()).contains("already exists");
    }

    @Test
    void scenariosShowTheBestScore() throws Exception {
        RideProcess.Result drill = RideProcess.run(Files.readString(RideProcess.projectDir()
                .resolve("scenarios").resolve(SEED).resolve("solutions/reference.txt")), "postgres", "start", SEED,
                "--engine", "embedded");
        assertThat(drill.exitCode()).isZero();
        // piped: 80 columns, too narrow for the table, so grouped by topic with each title under its id
        RideProcess.Result narrow = RideProcess.run("", "scenarios");
        assertThat(narrow.stdout()).containsPattern("(?m)^Migrations & Releases$")
                .containsPattern("(?m)^  " + SEED + "\\s+L3\\s+15m\\s+best 100/100$")
                .containsPattern("(?m)^    Migration applied to one tenant only$");
        assertThat(narrow.stdout().lines()).allMatch(line -> line.length() <= 80);
        RideProcess.Result table = RideProcess.run("", List.of("COLUMNS=200"), "scenarios");
        assertThat(table.stdout()).containsPattern("(?m)^ID\\s+TITLE\\s+TOPIC\\s+LEVEL\\s+DURATION\\s+BEST$")
                .containsPattern("(?m)^" + SEED + "\\s.*\\s100/100$");
        RideProcess.Result json = RideProcess.run("", "scenarios", "--json");
        assertThat(json.stdout()).contains("\"id\":\"" + SEED + "\"").contains("\"best\":{\"score\":100,\"total\":100,\"max\":100");
    }
}

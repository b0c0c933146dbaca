package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioLoaderTest {

    /** A small valid manifest; each broken case below changes one thing in it. */
    static final String VALID = """
            format: 1
            title: T
            topic: Testing
            level: L1
            duration: 5m
            databases: [one, two]
            start_database: one
            setup:
              all: [setup/schema.sql]
            briefing: b
            hints: [h]
            postmortem: p
            checks:
              detect:
                - id: looked
                  title: Looked
                  points: 5
                  in: two
                  ran: 'select'
              fix:
                - id: fixed
                  title: Fixed
                  points: 10
                  sql: select true
            solutions:
              - name: reference
            """;

    @TempDir
    Path dir;

    @Test
    void loadsTheSeedScenario() {
        Scenario s = SeedScenario.load();

        assertThat(s.id()).isEqualTo(SeedScenario.ID);
        assertThat(s.title()).isEqualTo("Migration applied to one tenant only");
        assertThat(s.topic()).isEqualTo("Migrations & Releases");
        assertThat(s.level()).isEqualTo("L3");
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.databases()).containsExactly("tenant_a", "tenant_b", "tenant_c");
        assertThat(s.startDatabase()).isEqualTo("tenant_a");
        assertThat(s.setup().filesFor("tenant_a")).extracting(p -> p.getFileName().toString())
                .containsExactly("schema.sql", "data.sql", "checkout_app.sql", "tenant_a_release.sql");
        assertThat(s.setup().filesFor("tenant_b")).extracting(p -> p.getFileName().toString())
                .containsExactly("schema.sql", "data.sql", "checkout_app.sql");
        assertThat(s.briefing()).startsWith("PAGE").doesNotContain("release_id");
        assertThat(s.hints()).hasSize(3);
        assertThat(s.postmortem()).contains("Root cause", "How it was found", "The fix", "Lesson");
        assertThat(s.checks(Section.DETECT)).extracting(Check::points).containsExactly(15, 15);
        assertThat(s.checks(Section.FIX)).extracting(Check::points).containsExactly(10, 10, 10, 10);
        assertThat(s.checks(Section.TRAP)).extracting(Check::points).containsExactly(10, 10, 10);
        assertThat(s.maxPoints()).isEqualTo(100);
        assertThat(s.checks(Section.TRAP).get(0).databases()).containsExactly("tenant_a", "tenant_b", "tenant_c");
        assertThat(s.solutions()).extracting(Solution::name).containsExactly("reference", "blind-fix", "index-trap",
                "tenant-a-redone", "orders-deleted", "only-tenant-b", "wrong-type", "nothing", "one-transaction", "revert-release",
                "evidence-after-fix", "hints-used", "second-attempt", "not-null-default");
        // the default hint costs: hint k of 3 costs k/6 of Detect's 30
        assertThat(s.hintCosts()).containsExactly(5, 10, 15);
        assertThat(s.checks(Section.DETECT)).allMatch(Check::beforeFix);
        assertThat(s.checks(Section.FIX)).noneMatch(Check::beforeFix);
        assertThat(s.solutions()).allSatisfy(sol -> assertThat(sol.transcript()).isRegularFile());
    }

    @Test
    void loadsTheSmallManifest() throws IOException {
        Scenario s = ScenarioLoader.load(write(VALID), "stage-00/small");

        assertThat(s.checks(Section.DETECT).get(0).databases()).containsExactly("two");
        assertThat(s.checks(Section.FIX).get(0).databases()).containsExactly("one", "two");
        assertThat(s.checks(Section.TRAP)).isEmpty();
        assertThat(s.checks(Section.DETECT).get(0).conditions()).singleElement()
                .isInstanceOfSatisfying(Condition.Ran.class, r -> assertThat(r.pattern().matcher("SELECT\n1").find()).isTrue());
    }

    /** Each row: the text replaced in {@link #VALID}, its replacement, the expected line and reason. */
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "level: L1\\n"                 | "level: L1\\ncolour: blue\\n"            | 5  | "unknown key 'colour' (known keys: actions, actors, at_start, briefing, checks, choices, databases"
            "      points: 5\\n"           | "      points: 5\\n      pionts: 5\\n"  | 18 | "unknown key 'pionts' in checks.detect[0] (known keys: actor, any, as_app, before_fix, found, id, in, not_ran, on, points, ran, server, sql, title, within)"
            "points: 5"                    | "points: five"                          | 17 | "checks.detect[0].points: expected a whole number"
            "databases: [one, two]"        | "databases: {one: 1}"                   | 6  | "databases: expected a text value or a list of them"
            "setup:\\n  all: [setup/schema.sql]" | "setup: setup/schema.sql"         | 8  | "setup: expected a mapping"
            "[setup/schema.sql]"           | "[setup/schema.sql, setup/missing.sql]" | 9  | "setup file 'setup/missing.sql' not found"
            "[setup/schema.sql]"           | "\\n    - setup/schema.sql\\n    - ../outside.sql" | 11 | "setup file '../outside.sql' must be inside the scenario folder"
            "  all: [setup/schema.sql]"    | "  all: [setup/schema.sql]\\n  per_database:\\n    three: [setup/schema.sql]" | 11 | "per_database names 'three', which is not one of the databases [one, two]"
            "in: two"                      | "in: three"                             | 18 | "'in' names 'three', which is not one of the databases [one, two]"
            "in: two"                      | "in: [two,\\n        three]"             | 19 | "'in' names 'three'"
            "id: fixed"                    | "id: looked"                            | 21 | "check id 'looked' is already used at line 15"
            "points: 10"                   | "points: 0"                             | 23 | "points must be greater than 0 (check 'fixed')"
            "ran: 'select'"                | "ran: 'select ('"                       | 19 | "bad regex: Unclosed group"
            "start_database: one"          | "start_database: three"                 | 7  | "start_database 'three' is not one of the databases [one, two]"
            "title: T\\n"                  | ""                                      | 1  | "missing required key 'title'"
            "      title: Fixed\\n"        | ""                                      | 21 | "missing required key 'title' in checks.fix[0]"
            "      sql: select true\\n"    | ""                                      | 21 | "check 'fixed' has no condition: give it sql, ran or not_ran"
            "topic: Testing"               | "topic: Testing\\ntopic: Again"         | 4  | "Duplicate field 'topic'"
            "hints: [h]"                   | "hints: [h"                             | 12 | "while parsing a flow sequence"
            "duration: 5m"                 | "duration: 5 minutes"                   | 5  | "'5 minutes' is not a duration"
            "format: 1"                    | "format: 3"                             | 1  | "unsupported format 3"
            "reference"                    | "reference\\n  - name: missing"         | 27 | "solution 'missing' needs"
            "reference"                    | "reference\\n    kind: referense"      | 27 | "unknown kind 'referense' (kinds: reference, alternative, blind, partial, trap, wrong, nothing,"
            "  fix:\\n"                    | "  trap:\\n"                            | 13 | "the fix section needs at least one check"
            "hints: [h]"                   | "hints: [h]\\nhint_costs: [1, 2]"       | 12 | "hint_costs gives 2 costs for 1 hints (one per hint)"
            "hints: [h]"                   | "hints: [h, i]\\nhint_costs: [1, -2]"   | 12 | "hint cost 2 must be 0 or more"
            "      points: 5\\n"           | "      points: 5\\n      found: ' '\\n"  | 18 | "empty found query (check 'looked')"
            "briefing: b\\nhints: [h]\\npostmortem: p" | "briefing: &b b\\nhints: [h]\\npostmortem: *b" | 12 | "YAML aliases (*b) are not supported: write the value out"
            "  all: [setup/schema.sql]"    | "  all: [setup/schema.sql]\\n  create:\\n    three: {encoding: LATIN1}" | 11 | "create names 'three', which is not one of the databases [one, two]"
            "  all: [setup/schema.sql]"    | "  all: [setup/schema.sql]\\n  create:\\n    one: {encoding: 'LATIN 1'}" | 11 | "encoding 'LATIN 1' is not an encoding name"
            "  all: [setup/schema.sql]"    | "  all: [setup/schema.sql]\\n  create:\\n    one: {locale: 'C; x'}" | 11 | "locale 'C; x' is not a locale name"
            "  all: [setup/schema.sql]"    | "  all: [setup/schema.sql]\\n  create:\\n    one: {}" | 11 | "create: give one an encoding, a locale or both"
            """)
    void rejectsABrokenManifestWithFileAndLine(String find, String replace, int line, String reason) throws IOException {
        ManifestCases.assertRejectedAt(dir, ManifestCases.edit(VALID, find, replace), "stage-00/broken", line, reason);
    }

    @Test
    void aDatabaseMayBeCreatedWithAnEncodingAndLocaleOfItsOwn() throws IOException {
        String yaml = VALID.replace("  all: [setup/schema.sql]\n",
                "  all: [setup/schema.sql]\n  create:\n    two: {encoding: LATIN1, locale: C}\n");
        Scenario s = ScenarioLoader.load(write(yaml), "stage-00/create");

        assertThat(s.setup().createClause("two")).isEqualTo(" TEMPLATE template0 ENCODING 'LATIN1' LOCALE 'C'");
        assertThat(s.setup().createClause("one")).isEmpty();
    }

    @Test
    void hintCostsAndEvidenceOrderAreTheAuthorsToSet() throws IOException {
        String yaml = VALID.replace("hints: [h]\n", "hints: [h, i]\nhint_costs: [0, 4]\n")
                .replace("      ran: 'select'\n", "      ran: 'select'\n      before_fix: false\n")
                .replace("      sql: select true\n", "      sql: select true\n      before_fix: true\n      found: select 'x'\n");
        Scenario s = ScenarioLoader.load(write(yaml), "stage-00/costs");

        assertThat(s.hintCosts()).containsExactly(0, 4);
        assertThat(s.hintCost(1)).isZero();
        assertThat(s.hintCost(2)).isEqualTo(4);
        assertThat(s.checks(Section.DETECT).get(0).beforeFix()).isFalse();
        assertThat(s.checks(Section.FIX).get(0).beforeFix()).isTrue();
        assertThat(s.checks(Section.FIX).get(0).found()).isEqualTo("select 'x'");
    }

    @Test
    void aMissingManifestIsReportedAsSuch() {
        assertThatThrownBy(() -> ScenarioLoader.load(dir.resolve("nowhere"), "nowhere"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(dir.resolve("nowhere").resolve("scenario.yaml") + ": no such file");
    }

    /** Format 2: actors, and the behavioural conditions that name them. */
    static final String LIVE = VALID.replace("format: 1", "format: 2")
            .replace("""
                  sql: select true
            """, """
                  sql: select true
                - id: app-works
                  title: The app works
                  points: 10
                  in: one
                  actor: {name: app, works: true, lock_wait_under: 500ms}
                - id: insert-works
                  title: The insert works
                  points: 10
                  in: one
                  as_app: {role: app_role, sql: "insert into t values (1)", plan_has: Result}
            """) + """
            actors:
              - name: app
                database: one
                role: app_role
                workload:
                  rate: 2/s
                  statements: [insert into t values (1)]
            """;

    @Test
    void readsActorsAndTheirConditions() throws IOException {
        Scenario s = ScenarioLoader.load(write(LIVE), "stage-00/live");

        assertThat(s.live()).isTrue();
        assertThat(s.actors()).extracting(a -> a.name()).containsExactly("app");
        List<Condition> fix = s.checks(Section.FIX).stream().flatMap(c -> c.conditions().stream()).toList();
        assertThat(fix).contains(new Condition.ActorCheck("app", true, null, null, java.time.Duration.ofMillis(500), null, 3),
                new Condition.AsApp("app_role", List.of("insert into t values (1)"), "Result", null));
    }

    @Test
    void anActorConditionCanAskWhetherItWasTerminated() throws IOException {
        Scenario s = ScenarioLoader.load(write(LIVE.replace("works: true, lock_wait_under: 500ms", "terminated: false")),
                "stage-00/live");

        List<Condition> fix = s.checks(Section.FIX).stream().flatMap(c -> c.conditions().stream()).toList();
        assertThat(fix).contains(new Condition.ActorCheck("app", null, null, false, null, null, 3));
    }

    @Test
    void anActorConditionCanBoundTheWaitsBehindTheLearnersLocks() throws IOException {
        Scenario s = ScenarioLoader.load(write(LIVE.replace("works: true, lock_wait_under: 500ms",
                "lock_wait_behind_you_under: 1s")), "stage-00/live");

        List<Condition> fix = s.checks(Section.FIX).stream().flatMap(c -> c.conditions().stream()).toList();
        assertThat(fix).contains(new Condition.ActorCheck("app", null, null, null, null, java.time.Duration.ofSeconds(1), 3));
    }

    @Test
    void anActorConditionMustNameAnActor() throws IOException {
        assertThatThrownBy(() -> ScenarioLoader.load(write(LIVE.replace("{name: app, works", "{name: ghost, works")), "stage-00/live"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("actor 'ghost' is not one of the actors [app]");
    }

    @Test
    void aWorksConditionCanWaitLongerForItsSuccesses() throws IOException {
        Scenario s = ScenarioLoader.load(write(LIVE.replace("works: true, lock_wait_under: 500ms}",
                "works: true, min_successes: 40}\n      within: 15s")), "stage-00/live");

        List<Condition> fix = s.checks(Section.FIX).stream().flatMap(c -> c.conditions().stream()).toList();
        assertThat(fix).contains(new Condition.ActorCheck("app", true, null, null, null, null, 40, java.time.Duration.ofSeconds(15)));
    }

    @Test
    void withinBoundsOnlyTheWaitForSqlOrWorks() throws IOException {
        assertThatThrownBy(() -> ScenarioLoader.load(write(LIVE.replace("works: true, lock_wait_under: 500ms}",
                "terminated: false}\n      within: 15s")), "stage-00/live"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("within bounds the wait for the check's sql or its actor's works: true, and check 'app-works' has neither");
        assertThatThrownBy(() -> ScenarioLoader.load(write(LIVE.replace("works: true, lock_wait_under: 500ms}",
                "works: true}\n      within: soon")), "stage-00/live"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("scenario.yaml:30: 'soon' is not a duration");
    }

    private Path write(String yaml) throws IOException {
        return ManifestCases.write(dir, yaml);
    }

    @Test
    void theSmallManifestListsItsFilesInOrder() throws IOException {
        Scenario s = ScenarioLoader.load(write(VALID), "stage-00/small");
        assertThat(s.setup().filesFor("two")).containsExactly(s.folder().resolve("setup/schema.sql"));
        assertThat(s.solutions()).extracting(Solution::card).containsExactly(s.folder().resolve("solutions/reference.card.json"));
        assertThat(List.of(s.manifest())).containsExactly(s.folder().resolve("scenario.yaml"));
    }
}

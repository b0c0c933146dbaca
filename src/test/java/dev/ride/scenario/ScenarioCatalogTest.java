package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.ride.sandbox.Tree;

class ScenarioCatalogTest {

    private static final String SEED = SeedScenario.ID;

    @TempDir
    Path root;

    @Test
    void listsTheRepositoryScenarios() {
        ScenarioCatalog catalog = ScenarioCatalog.scan(SeedScenario.ROOT);

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.scenarios()).extracting(Scenario::id).contains(SEED);
        assertThat(catalog.find(SEED)).get().extracting(Scenario::title).isEqualTo("Migration applied to one tenant only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage-09/08-migraton", "08-migration-applied-to-one-tenant", "migraton-applied",
            "stage-9/08-migration-applied-to-one-tenant-only", "one-tenant-only", "08-migration-aplied-to-one-tenant-only"})
    void suggestsTheClosestIdForAnUnknownOne(String typed) {
        ScenarioCatalog catalog = ScenarioCatalog.scan(SeedScenario.ROOT);

        assertThat(catalog.find(typed)).isEmpty();
        // stage-09/07-migration-applied-to-wrong-database is as close to some of these: the seed is
        // among the suggestions, and the message names it
        assertThat(catalog.suggest(typed)).contains(SEED);
        assertThatThrownBy(() -> catalog.require(typed))
                .isInstanceOfSatisfying(UnknownScenarioException.class, e -> assertThat(e.suggestions()).contains(SEED))
                .hasMessageMatching("(?s).*Did you mean (one of )?(.*, )?" + java.util.regex.Pattern.quote(SEED) + "(, .*)?\\?");
    }

    @Test
    void suggestsNothingForSomethingUnrelated() {
        ScenarioCatalog catalog = ScenarioCatalog.scan(SeedScenario.ROOT);

        assertThat(catalog.suggest("vacuum-wraparound")).isEmpty();
        assertThatThrownBy(() -> catalog.require("vacuum-wraparound"))
                .hasMessage("No scenario 'vacuum-wraparound'. Run `ride scenarios` to list them.");
    }

    @Test
    void aUniquePrefixOfAnIdNamesItsScenarioAndAnAmbiguousOneListsTheCandidates() {
        ScenarioCatalog catalog = ScenarioCatalog.scan(SeedScenario.ROOT);

        assertThat(catalog.require("stage-09/08").id()).isEqualTo(SEED);
        assertThat(catalog.require("stage-09/08-migration").id()).isEqualTo(SEED);
        assertThatThrownBy(() -> catalog.require("stage-09/1"))
                .isInstanceOfSatisfying(UnknownScenarioException.class, e -> assertThat(e.suggestions())
                        .containsExactly("stage-09/10-ledger-says-applied-column-missing",
                                "stage-09/11-not-null-without-default-breaks-inserts", "stage-09/12-sequence-behind-after-import"));
    }

    @Test
    void acceptsATrailingSlashAndTheScenariosPrefix() {
        ScenarioCatalog catalog = ScenarioCatalog.scan(SeedScenario.ROOT);

        assertThat(catalog.require(SEED + "/").id()).isEqualTo(SEED);
        assertThat(catalog.require("scenarios/" + SEED).id()).isEqualTo(SEED);
    }

    @Test
    void aBrokenScenarioIsReportedAndTheOthersStillList() throws IOException {
        Tree.copy(SeedScenario.ROOT.resolve(SEED), root.resolve("stage-09/08-good"));
        Path broken = root.resolve("stage-09/09-broken");
        Tree.copy(SeedScenario.ROOT.resolve(SEED), broken);
        Files.writeString(broken.resolve("scenario.yaml"),
                Files.readString(broken.resolve("scenario.yaml")).replace("level: L3", "level: L3\nauthor: someone"));

        ScenarioCatalog catalog = ScenarioCatalog.scan(root);

        assertThat(catalog.scenarios()).extracting(Scenario::id).containsExactly("stage-09/08-good");
        assertThat(catalog.problems()).singleElement().extracting(ScenarioException::getMessage)
                .isEqualTo(broken.resolve("scenario.yaml") + ":5: unknown key 'author' (known keys: actions, actors, at_start, briefing, checks,"
                        + " choices, databases, duration, format, hint_costs, hints, level, pooler, postmortem, servers, setup, solutions, start_database, title, topic)");
        assertThatThrownBy(() -> catalog.require("stage-09/09-broken"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining(":5: unknown key 'author'");
        assertThat(catalog.suggest("09-brokn")).containsExactly("stage-09/09-broken");
    }

    @Test
    void sortsById() throws IOException {
        for (String id : new String[] {"stage-10/01-b", "stage-02/05-a", "stage-02/01-c"}) {
            Tree.copy(SeedScenario.ROOT.resolve(SEED), root.resolve(id));
        }
        assertThat(ScenarioCatalog.scan(root).scenarios()).extracting(Scenario::id)
                .containsExactly("stage-02/01-c", "stage-02/05-a", "stage-10/01-b");
    }

    @Test
    void aMissingRootIsOneClearError() {
        assertThatThrownBy(() -> ScenarioCatalog.scan(root.resolve("absent")))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(root.resolve("absent") + ": no scenarios folder here");
    }
}

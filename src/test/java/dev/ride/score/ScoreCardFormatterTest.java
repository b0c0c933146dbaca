package dev.ride.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ride.scenario.Section;

class ScoreCardFormatterTest {

    private static ScoreCard card(boolean fixed, boolean indexed) {
        return new ScoreCard("stage-00/demo", "Demo drill", List.of(
                new SectionScore(Section.DETECT, List.of(
                        new CheckResult("looked-b", "Looked in b", true, 15, 15),
                        new CheckResult("looked-c", "Looked in c", false, 0, 15))),
                new SectionScore(Section.FIX, List.of(
                        new CheckResult("fixed", "Column added", fixed, fixed ? 40 : 0, 40))),
                new SectionScore(Section.TRAP, List.of(
                        new CheckResult("no-index", "Indexing instead of fixing", !indexed, fixed && !indexed ? 10 : 0, 10),
                        new CheckResult("no-loss", "Losing rows", true, fixed ? 20 : 0, 20)))), 452);
    }

    @Test
    void jsonIsOneLineWithTheDocumentedFieldOrder() {
        assertThat(ScoreCardFormatter.json(card(true, true))).isEqualTo("{\"scenario\":\"stage-00/demo\","
                + "\"detect\":{\"score\":15,\"max\":30,\"checks\":[{\"id\":\"looked-b\",\"passed\":true,\"points\":15},"
                + "{\"id\":\"looked-c\",\"passed\":false,\"points\":0}]},"
                + "\"fix\":{\"score\":40,\"max\":40,\"checks\":[{\"id\":\"fixed\",\"passed\":true,\"points\":40}]},"
                + "\"trap\":{\"score\":20,\"max\":30,\"checks\":[{\"id\":\"no-index\",\"passed\":false,\"points\":0},"
                + "{\"id\":\"no-loss\",\"passed\":true,\"points\":20}]},"
                + "\"total\":75,\"max\":100,\"hints_used\":0,\"hint_cost\":0,\"score\":75,\"attempt\":1,"
                + "\"elapsed_s\":452}");
    }

    @Test
    void theSolutionCardFormLeavesOutOnlyTheElapsedTime() {
        ScoreCard card = card(true, false);
        String withoutElapsed = ScoreCardFormatter.jsonWithoutElapsed(card);
        assertThat(withoutElapsed).doesNotContain("elapsed_s").endsWith("\"attempt\":1}");
        assertThat(ScoreCardFormatter.json(card)).isEqualTo(withoutElapsed.replaceFirst("}$", ",\"elapsed_s\":452}"));
    }

    @Test
    void theTextCardShowsEachCheckTheSprungTrapsAndTheTotal() {
        assertThat(ScoreCardFormatter.text(card(true, true), false)).isEqualTo("""
                Demo drill
                stage-00/demo

                Detect                                    15/30
                  ✓ Looked in b                           15/15
                  ✗ Looked in c                            0/15
                Fix                                       40/40
                  ✓ Column added                          40/40
                Trap                                      20/30
                  ✗ SPRUNG   Indexing instead of fixing    0/10
                  ✓ avoided  Losing rows                  20/20

                Trap sprung: Indexing instead of fixing

                Total                                     75/100   7m 32s
                Attempt 1: this is your score.
                """);
    }

    @Test
    void withoutAFixTheTrapSectionSaysWhyItEarnedNothing() {
        String text = ScoreCardFormatter.text(card(false, false), false);
        assertThat(text).contains("Trap                                       0/30  (earned once a fix lands)")
                .doesNotContain("sprung").contains("Total                                     15/100");
    }

    @Test
    void onANarrowScreenTheTrapNoteGoesOnALineOfItsOwn() {
        assertThat(ScoreCardFormatter.text(card(false, false), false, 60))
                .contains("Trap                                       0/30\n  (earned once a fix lands)\n");
    }

    @Test
    void colourIsOptIn() {
        assertThat(ScoreCardFormatter.text(card(true, true), false)).doesNotContain("\u001b[");
        assertThat(ScoreCardFormatter.text(card(true, true), true)).contains("\u001b[32m✓\u001b[0m", "\u001b[31m✗\u001b[0m");
    }

    @Test
    void aCheckThatCouldNotBeCheckedSaysWhyAndIsNoSprungTrap() {
        Unchecked locked = new Unchecked("your session holds a lock on orders", "transaction open since 10:42:07");
        ScoreCard card = new ScoreCard("stage-00/demo", "Demo drill", List.of(
                new SectionScore(Section.DETECT, List.of()),
                new SectionScore(Section.FIX, List.of(new CheckResult("fixed", "Column added", true, 40, 40))),
                new SectionScore(Section.TRAP, List.of(
                        new CheckResult("no-loss", "Losing rows", false, 0, 20, locked)))), 5);

        assertThat(ScoreCardFormatter.text(card, false)).isEqualTo("""
                Demo drill
                stage-00/demo

                Detect                      0/0
                Fix                        40/40
                  ✓ Column added           40/40
                Trap                        0/20
                  ? unknown  Losing rows    0/20
                      could not check: your session holds a lock on orders (transaction open since 10:42:07)

                Total                      40/60   5s
                Attempt 1: this is your score.
                """);
        assertThat(ScoreCardFormatter.jsonWithoutElapsed(card)).contains(
                "\"trap\":{\"score\":0,\"max\":20,\"checks\":[{\"id\":\"no-loss\",\"passed\":false,\"points\":0,"
                        + "\"unchecked\":\"your session holds a lock on orders\"}]}");
    }

    @Test
    void hintCostsShowBesideTheUnassistedTotalAndInTheJson() {
        ScoreCard base = card(true, false);
        ScoreCard card = new ScoreCard(base.scenario(), base.title(), base.sections(), 60,
                new ScoreCard.Assistance(2, 15), ScoreCard.Attempt.FIRST);

        assertThat(ScoreCardFormatter.text(card, false)).contains("""
                Total                                     85/100   1m 0s
                with 2 hints (cost 15)                    70/100
                Attempt 1: this is your score.
                """);
        assertThat(ScoreCardFormatter.json(card)).contains("\"total\":85,\"max\":100,\"hints_used\":2,\"hint_cost\":15,\"score\":70,\"attempt\":1,");
    }

    @Test
    void aLaterAttemptIsPracticeAndNamesTheFirstScore() {
        ScoreCard card = card(true, false).asAttempt(3, 55);

        assertThat(ScoreCardFormatter.text(card, false)).endsWith("Attempt 3: practice; your score stays attempt 1's 55/100.\n");
        assertThat(ScoreCardFormatter.json(card)).contains("\"score\":85,\"attempt\":3,\"practice\":true,\"first_score\":55,");
    }

    @Test
    void aFailedCheckSaysWhatWasFoundAndATrapWhatSprangIt() {
        Findings wrongType = new Findings("release_id varchar(20)", "checkout_b still fails: value too long", null);
        Findings index = new Findings(null, null, new Findings.Cause("tenant_b",
                "CREATE INDEX orders_release_id_idx\n   ON orders (release_id) WHERE release_id IS NOT NULL AND status = 'pending'",
                java.time.Duration.ofSeconds(192)));
        ScoreCard card = new ScoreCard("stage-00/demo", "Demo drill", List.of(
                new SectionScore(Section.DETECT, List.of()),
                new SectionScore(Section.FIX, List.of(
                        new CheckResult("fixed", "Column as tenant_a has it", false, 0, 40, null, wrongType),
                        new CheckResult("app", "Checkout works", true, 10, 10))),
                new SectionScore(Section.TRAP, List.of(
                        new CheckResult("no-index", "Indexing instead of fixing", false, 0, 10, null, index)))), 200);

        assertThat(ScoreCardFormatter.text(card, false)).contains("""
                  ✗ Column as tenant_a has it              0/40
                      found: release_id varchar(20)
                      seen: checkout_b still fails: value too long
                """, """
                  ✗ SPRUNG   Indexing instead of fixing    0/10
                      sprung by: CREATE INDEX orders_release_id_idx ON orders (release_i… (tenant_b, 3m 12s)
                """);
        // what the application saw varies with timing: the JSON keeps only what is stable
        assertThat(ScoreCardFormatter.jsonWithoutElapsed(card))
                .contains("{\"id\":\"fixed\",\"passed\":false,\"points\":0,\"found\":\"release_id varchar(20)\"}")
                .contains("\"sprung_by\":{\"database\":\"tenant_b\",\"statement\":\"CREATE INDEX orders_release_id_idx\\n")
                .doesNotContain("value too long");
    }
}

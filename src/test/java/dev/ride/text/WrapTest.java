package dev.ride.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    void breaksAtSpacesAndKeepsTheLinesIndentation() {
        assertThat(Wrap.text("  Comparing the columns of orders across tenant_a, tenant_b and tenant_c", 30))
                .isEqualTo("  Comparing the columns of\n  orders across tenant_a,\n  tenant_b and tenant_c");
    }

    @Test
    void aHangIndentsTheContinuationUnderALabel() {
        assertThat(Wrap.text("Hint 1/3: look at every tenant database in turn", 26, 10)).isEqualTo("""
                Hint 1/3: look at every
                          tenant database
                          in turn""");
    }

    @Test
    void spacesBetweenWordsStayAsWrittenWhereTheLineDoesNotBreak() {
        assertThat(Wrap.line("  00:00  checkout_c  failing with 42703: column release_id does not exist", 60, 20))
                .containsExactly("  00:00  checkout_c  failing with 42703: column release_id",
                        " ".repeat(22) + "does not exist");
    }

    @Test
    void shortLinesBlankLinesAndLongWordsStayAsTheyAre() {
        assertThat(Wrap.text("short\n\nALTER_TABLE_orders_ADD_COLUMN_release_id", 10))
                .isEqualTo("short\n\nALTER_TABLE_orders_ADD_COLUMN_release_id");
    }

    @Test
    void proseTooWideIsJoinedAgainAndWrappedButShortLinesStayLines() {
        String postmortem = "Root cause\n"
                + "  A multi-tenant rollout was supposed to add orders.release_id to every tenant\n"
                + "  database, but it only completed for tenant_a.\n"
                + "\n"
                + "The fix\n"
                + "    \\c tenant_b\n"
                + "    ALTER TABLE orders ADD COLUMN release_id text;";
        assertThat(Wrap.prose(postmortem, 100)).isEqualTo(postmortem);
        assertThat(Wrap.prose(postmortem, 50)).isEqualTo("Root cause\n"
                + "  A multi-tenant rollout was supposed to add\n"
                + "  orders.release_id to every tenant database, but\n"
                + "  it only completed for tenant_a.\n"
                + "\n"
                + "The fix\n"
                + "    \\c tenant_b\n"
                + "    ALTER TABLE orders ADD COLUMN release_id text;");
    }

    @Property
    void noWordIsLostAndNoLineIsLongerThanItMustBe(@ForAll @StringLength(max = 300) String raw,
                                                    @ForAll @IntRange(min = 10, max = 120) int width) {
        String text = raw.replaceAll("[^a-z \\n]", " ");
        String wrapped = Wrap.text(text, width);
        assertThat(String.join(" ", wrapped.strip().split("\\s+"))).isEqualTo(String.join(" ", text.strip().split("\\s+")));
        assertThat(wrapped.split("\n", -1)).hasSizeGreaterThanOrEqualTo(text.split("\n", -1).length);
        for (String line : wrapped.split("\n")) {
            boolean oneWord = !line.strip().contains(" ");
            assertThat(line.length() <= width || oneWord).as("line '%s' at width %d", line, width).isTrue();
        }
    }
}

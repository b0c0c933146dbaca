package dev.ride.drill;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCardsTest {

    @Test
    void aBoxFitsANarrowScreenAndKeepsItsFrame() {
        String box = DemoCards.box(40, List.of("ride demo", "",
                "ride postgres start stage-09/08-migration-applied-to-one-tenant-only"));
        List<String> lines = box.lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).hasSize(40));
        assertThat(lines.get(0)).startsWith("┌").endsWith("┐");
        assertThat(lines.get(lines.size() - 1)).startsWith("└").endsWith("┘");
        assertThat(lines.subList(1, lines.size() - 1)).allSatisfy(line -> assertThat(line).startsWith("│ ").endsWith(" │"));
        // the id longer than the box is broken, not cut: all of it is there
        String inside = String.join("", lines.stream().map(l -> l.substring(2, 38)).toList()).replace(" ", "");
        assertThat(inside).contains("stage-09/08-migration-applied-to-one-tenant-only");
    }

    @Test
    void onAWideScreenTheBoxStaysReadable() {
        assertThat(DemoCards.box(200, List.of("x")).lines()).allSatisfy(line ->
                assertThat(line).hasSize(DemoCards.MAX_WIDTH));
    }

    @Test
    void readingPausesGrowWithWhatWasPrintedUpToALimit() {
        assertThat(DemoPlayer.readingMillis(0)).isEqualTo(DemoPlayer.READING_MS);
        assertThat(DemoPlayer.readingMillis(200)).isGreaterThan(DemoPlayer.readingMillis(20));
        assertThat(DemoPlayer.readingMillis(1_000_000)).isEqualTo(DemoPlayer.READING_MAX_MS);
    }
}

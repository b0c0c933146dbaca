package dev.ride.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CacheLimitTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertThat(CacheLimit.parse("2G")).isEqualTo(2L << 30);
        assertThat(CacheLimit.parse("500M")).isEqualTo(500L << 20);
        assertThat(CacheLimit.parse("1GiB")).isEqualTo(1L << 30);
        assertThat(CacheLimit.parse("4096")).isEqualTo(4096);
        assertThatThrownBy(() -> CacheLimit.parse("lots")).hasMessageContaining("RIDE_CACHE_MAX takes a size like 2G");
    }

    @Test
    void theLimitSaysWhereItComesFrom() {
        assertThat(CacheLimit.fromEnvironment(Map.of()).source()).contains("default").contains("RIDE_CACHE_MAX");
        assertThat(CacheLimit.fromEnvironment(Map.of("RIDE_CACHE_MAX", "1G"))).isEqualTo(new CacheLimit(1L << 30, "RIDE_CACHE_MAX=1G"));
    }

    @Test
    void beyondTheLimitTheOldestGoFirstUntilTheRestFits() {
        CacheEntry newest = dir("c", 300, 20);
        CacheEntry oldest = dir("a", 300, 300);
        CacheEntry middle = dir("b", 300, 100);
        List<CacheEntry> evict = new CacheLimit(500, "test").overflow(List.of(newest, oldest, middle), NOW);
        assertThat(evict).containsExactly(oldest, middle);
        assertThat(new CacheLimit(700, "test").overflow(List.of(newest, oldest, middle), NOW)).containsExactly(oldest);
    }

    @Test
    void recentlyUsedEntriesBinariesInUseAndImagesAreNeverEvicted() {
        CacheEntry recent = dir("recent", 1000, 2);
        CacheEntry binaries = new CacheEntry(CacheEntry.Kind.BINARIES, "(in use)", "bin", 1000, NOW.minus(Duration.ofDays(9)),
                false, () -> { });
        CacheEntry image = new CacheEntry(CacheEntry.Kind.IMAGE, "x", "img", 10_000, NOW.minus(Duration.ofDays(9)),
                true, () -> { });
        assertThat(new CacheLimit(10, "test").overflow(List.of(recent, binaries, image), NOW)).isEmpty();
    }

    @Test
    void withinTheLimitNothingGoes() {
        assertThat(new CacheLimit(1000, "test").overflow(List.of(dir("a", 400, 300), dir("b", 500, 300)), NOW)).isEmpty();
    }

    private static CacheEntry dir(String name, long bytes, int minutesAgo) {
        return new CacheEntry(CacheEntry.Kind.DATA_DIR, name, name, bytes, NOW.minus(Duration.ofMinutes(minutesAgo)), true, () -> { });
    }
}

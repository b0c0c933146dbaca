package dev.ride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.embedded.EmbeddedEngine;
import dev.ride.scenario.PreparedScenario;
import dev.ride.scenario.ScenarioCatalog;

/**
 * The inventory over a cache directory of its own (never the machine's shared one), laid out as the
 * embedded engine lays it out, with keys computed as the engine computes them.
 */
class CacheInventoryTest {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";

    @TempDir
    Path cache;

    @Test
    void namesEntriesAfterTheirScenarioAndCallsTheRestStale() throws Exception {
        EmbeddedEngine engine = new EmbeddedEngine();
        var seed = ScenarioCatalog.scan(ScenarioHome.locate()).require(SEED);
        Path seedDir = prepared(engine.cacheKey(PreparedScenario.of(seed).key()), 3000, Duration.ofHours(2));
        Path oldDir = prepared("0123456789abcdef0123456789abcdef", 5000, Duration.ofDays(3));
        Files.createDirectories(cache.resolve("prepared/tmp-1-abc/data")); // a store in progress is not an entry

        List<CacheEntry> entries = CacheInventory.inCacheDirectory(cache);

        assertThat(entries).extracting(CacheEntry::scenario).containsExactlyInAnyOrder(SEED, CacheInventory.STALE);
        CacheEntry seedEntry = entries.stream().filter(e -> e.scenario().equals(SEED)).findFirst().orElseThrow();
        assertThat(seedEntry.bytes()).isEqualTo(3000 + "secret\n".length());
        assertThat(seedEntry.where()).isEqualTo(seedDir.toString());
        assertThat(Duration.between(seedEntry.lastUsed(), Instant.now())).isBetween(Duration.ofMinutes(119), Duration.ofMinutes(121));

        // the limit removes the oldest first, for real
        CacheLimit limit = new CacheLimit(4000, "test");
        for (CacheEntry e : limit.overflow(CacheInventory.forEviction(cache), Instant.now())) {
            e.removal().remove();
        }
        assertThat(oldDir).doesNotExist();
        assertThat(seedDir).exists();
    }

    @Test
    void anEmptyCacheHasNoEntriesAndSaysSo() {
        assertThat(CacheInventory.inCacheDirectory(cache)).isEmpty();
        var out = new java.io.StringWriter();
        CacheCommand.Ls.print(new java.io.PrintWriter(out), List.of(), Instant.now());
        assertThat(out.toString()).startsWith("The cache is empty");
    }

    private Path prepared(String key, int bytes, Duration age) throws Exception {
        Path dir = cache.resolve("prepared").resolve(key);
        Files.createDirectories(dir.resolve("data"));
        Files.write(dir.resolve("data/PG_VERSION"), new byte[bytes]);
        Files.writeString(dir.resolve("password"), "secret\n");
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(age)));
        return dir;
    }
}

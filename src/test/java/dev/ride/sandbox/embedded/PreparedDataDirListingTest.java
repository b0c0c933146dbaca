package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparedDataDirListingTest {

    @TempDir
    Path cache;

    @Test
    void aPreparedEntryIsMeasuredOnceAndItsSizeKeptBesideIt() throws Exception {
        Path entry = Files.createDirectories(cache.resolve("prepared/abc/data/base"));
        Files.write(entry.resolve("1"), new byte[8192]);
        Files.write(entry.resolve("2"), new byte[100]);
        java.nio.file.attribute.FileTime lastUsed = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(cache.resolve("prepared/abc"), lastUsed);

        assertThat(PreparedDataDirListing.prepared(cache)).singleElement()
                .satisfies(e -> assertThat(e.bytes()).isEqualTo(8292));
        Path memo = cache.resolve("prepared/abc").resolve(PreparedDataDirListing.SIZE_MEMO);
        assertThat(Files.readString(memo).strip()).isEqualTo("8292");
        assertThat(Files.getLastModifiedTime(cache.resolve("prepared/abc"))).as("its last use, which eviction goes by")
                .isEqualTo(lastUsed);

        // an entry never changes once stored: the second listing reads the memo, not the files
        Files.write(entry.resolve("3"), new byte[5000]);
        assertThat(PreparedDataDirListing.prepared(cache)).singleElement()
                .satisfies(e -> assertThat(e.bytes()).isEqualTo(8292));
    }

    @Test
    void aDamagedMemoIsMeasuredAgain() throws Exception {
        Path entry = Files.createDirectories(cache.resolve("prepared/abc/data"));
        Files.write(entry.resolve("1"), new byte[10]);
        Files.writeString(cache.resolve("prepared/abc").resolve(PreparedDataDirListing.SIZE_MEMO), "not a number");

        assertThat(PreparedDataDirListing.prepared(cache)).singleElement()
                .satisfies(e -> assertThat(e.bytes()).isEqualTo(10));
    }
}

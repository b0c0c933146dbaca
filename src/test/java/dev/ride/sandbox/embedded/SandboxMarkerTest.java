package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import dev.ride.sandbox.Tree;

/** The marker survives any label (scenario ids today, anything a caller passes tomorrow). */
class SandboxMarkerTest {

    @Property(tries = 300)
    void roundTripsAnyLabel(@ForAll String label) throws IOException {
        Path dir = Files.createTempDirectory("ride-marker-test-");
        try {
            SandboxMarker marker = new SandboxMarker(4242, Optional.of(Instant.ofEpochMilli(1_700_000_000_123L)),
                    label, 54321, Instant.ofEpochMilli(1_700_000_001_456L));
            marker.write(dir);
            assertThat(SandboxMarker.read(dir)).contains(marker);
        } finally {
            Tree.delete(dir);
        }
    }

    @Property(tries = 1)
    void aMissingOrBrokenMarkerReadsAsNone() throws IOException {
        Path dir = Files.createTempDirectory("ride-marker-test-");
        try {
            assertThat(SandboxMarker.read(dir)).isEmpty();
            Files.writeString(dir.resolve(SandboxMarker.FILE), "owner.pid=not-a-number\n");
            assertThat(SandboxMarker.read(dir)).isEmpty();
        } finally {
            Tree.delete(dir);
        }
    }
}

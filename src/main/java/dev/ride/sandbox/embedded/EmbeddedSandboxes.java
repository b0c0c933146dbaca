package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.ride.sandbox.SandboxEntry;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.SandboxRegistry;

/** The embedded sandboxes on this machine, read from their directories' markers. */
public final class EmbeddedSandboxes implements SandboxRegistry {

    private final Path parent;

    public EmbeddedSandboxes() {
        this(SandboxDir.parent());
    }

    public EmbeddedSandboxes(Path parent) {
        this.parent = parent;
    }

    @Override
    public List<SandboxEntry> list() {
        return SandboxDir.all(parent).stream().map(EmbeddedSandboxes::entry).toList();
    }

    private static SandboxEntry entry(SandboxDir dir) {
        Optional<SandboxMarker> marker = dir.marker();
        return new SandboxEntry("embedded", dir.id(),
                marker.map(SandboxMarker::label).orElse(""),
                marker.map(SandboxMarker::port).orElse(0),
                dir.ownerPid(),
                dir.ownerAlive(),
                dir.runningPostmaster().isPresent() || dir.runningJob().isPresent(),
                dir.data().toString(),
                marker.map(SandboxMarker::created).orElse(Instant.EPOCH));
    }

    @Override
    public boolean remove(String id) {
        for (SandboxDir dir : SandboxDir.all(parent)) {
            if (dir.id().equals(id) || dir.path().getFileName().toString().equals(id)) {
                try {
                    dir.destroy();
                } catch (IOException e) {
                    throw new SandboxException("Could not remove " + dir.path() + ": " + e.getMessage(), e);
                }
                return true;
            }
        }
        return false;
    }
}

package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes what killed runs left behind: sandbox directories whose owner JVM is gone, and any server
 * still running from them (the watchdog normally stops it, unless it was killed too).
 */
public final class LeftoverReaper {

    private final Path parent;

    public LeftoverReaper() {
        this(SandboxDir.parent());
    }

    public LeftoverReaper(Path parent) {
        this.parent = parent;
    }

    /** Reaps every orphaned sandbox directory and returns the ones removed. */
    public List<Path> reap() {
        List<Path> removed = new ArrayList<>();
        for (SandboxDir dir : SandboxDir.all(parent)) {
            if (dir.ownerAlive()) {
                continue;
            }
            try {
                dir.destroy();
                removed.add(dir.path());
            } catch (IOException e) {
                // e.g. another run reaping the same directory at once; try again next time
            }
        }
        return removed;
    }
}

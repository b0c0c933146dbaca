package dev.ride.cli;

import java.nio.file.Path;

/** Per-user files: history under the XDG state dir, progress under the XDG data dir (or ~/.ride). */
final class RidePaths {
    private RidePaths() {
    }

    static Path historyFile() {
        return xdg("XDG_STATE_HOME", ".local/state").resolve("history");
    }

    static Path progressFile() {
        return xdg("XDG_DATA_HOME", ".local/share").resolve("progress.jsonl");
    }

    private static Path xdg(String variable, String fallbackUnderHome) {
        String base = System.getenv(variable);
        Path root = base != null && !base.isBlank()
                ? Path.of(base)
                : Path.of(System.getProperty("user.home"), fallbackUnderHome);
        return root.resolve("ride");
    }
}

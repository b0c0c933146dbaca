package dev.ride.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small scenarios for tests: a manifest and one setup file run in every database. */
public final class TinyScenario {

    private TinyScenario() {
    }

    /** A one-database scenario in {@code parent/database} whose whole setup is {@code sql}. */
    public static Path write(Path parent, String database, String sql) throws IOException {
        return write(parent, database, List.of(database), sql);
    }

    /** A scenario in {@code parent/folder} with these databases, each set up by {@code sql}. */
    public static Path write(Path parent, String folderName, List<String> databases, String sql) throws IOException {
        return write(parent, folderName, databases, sql, """
                - id: fixed
                  title: Fixed
                  points: 10
                  sql: select true
                """);
    }

    /** As {@link #write(Path, String, List, String)}, with these fix checks (YAML list items). */
    public static Path write(Path parent, String folderName, List<String> databases, String sql, String fixChecks)
            throws IOException {
        Path folder = Files.createDirectories(parent.resolve(folderName));
        Files.createDirectories(folder.resolve("setup"));
        Files.writeString(folder.resolve("setup/schema.sql"), sql);
        Files.writeString(folder.resolve("scenario.yaml"), """
                format: 1
                title: T
                topic: Testing
                level: L1
                duration: 5m
                databases: [%s]
                start_database: %s
                setup:
                  all: [setup/schema.sql]
                briefing: b
                hints: [h]
                postmortem: p
                checks:
                  fix:
                %s
                """.formatted(String.join(", ", databases), databases.get(0), fixChecks.indent(4)));
        return folder;
    }

    public static Scenario load(Path folder) {
        return ScenarioLoader.load(folder, "stage-00/" + folder.getFileName());
    }
}

package dev.ride.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The setup SQL of a scenario: {@code all} runs in every database, then {@code perDatabase}'s
 * files in theirs. Paths are resolved against the scenario folder.
 */
public record Setup(List<Path> all, Map<String, List<Path>> perDatabase) {

    public Setup {
        all = List.copyOf(all);
        perDatabase = Map.copyOf(perDatabase);
    }

    /** The files to run in {@code database}, in order. */
    public List<Path> filesFor(String database) {
        List<Path> files = new ArrayList<>(all);
        files.addAll(perDatabase.getOrDefault(database, List.of()));
        return files;
    }
}

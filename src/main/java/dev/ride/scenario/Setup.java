package dev.ride.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The setup SQL of a scenario: {@code all} runs in every database, then {@code perDatabase}'s
 * files in theirs. Paths are resolved against the scenario folder. {@code create} names the
 * databases ride creates with an encoding or locale of their own (the others get the server's).
 */
public record Setup(List<Path> all, Map<String, List<Path>> perDatabase, Map<String, DatabaseCreation> create) {

    public Setup {
        all = List.copyOf(all);
        perDatabase = Map.copyOf(perDatabase);
        create = Map.copyOf(create);
    }

    public Setup(List<Path> all, Map<String, List<Path>> perDatabase) {
        this(all, perDatabase, Map.of());
    }

    /** What follows {@code CREATE DATABASE name} for {@code database}: empty for the server's defaults. */
    public String createClause(String database) {
        DatabaseCreation creation = create.get(database);
        return creation == null ? "" : creation.clause();
    }

    /** The files to run in {@code database}, in order. */
    public List<Path> filesFor(String database) {
        List<Path> files = new ArrayList<>(all);
        files.addAll(perDatabase.getOrDefault(database, List.of()));
        return files;
    }
}

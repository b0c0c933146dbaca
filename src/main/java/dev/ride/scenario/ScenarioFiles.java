package dev.ride.scenario;

import java.nio.file.Path;

/**
 * The names of the files and folders a scenario folder is made of (docs/scenario-format.md), in
 * one place for the loader, the validator, the catalog, the fingerprint and the CLI.
 */
public final class ScenarioFiles {

    /** The manifest: what a folder must hold to be a scenario. */
    public static final String MANIFEST = "scenario.yaml";

    /** Solution transcripts and their cards: what a learner might type, not what is installed. */
    public static final String SOLUTIONS_FOLDER = "solutions";

    private ScenarioFiles() {
    }

    /** The transcript of solution {@code name}: the lines a learner would type. */
    public static Path transcript(Path folder, String name) {
        return folder.resolve(SOLUTIONS_FOLDER).resolve(name + ".txt");
    }

    /** The card solution {@code name} is expected to score. */
    public static Path card(Path folder, String name) {
        return folder.resolve(SOLUTIONS_FOLDER).resolve(name + ".card.json");
    }

    /**
     * Whether the manifest declares more than one server, a pooler or configuration choices (a
     * top-level {@code servers:}, {@code pooler:} or {@code choices:} key), read without parsing it: a start that must build a topology waits
     * for the parsed manifest, one server starts at once.
     */
    public static boolean declaresTopology(Path folder) {
        try {
            return java.nio.file.Files.readAllLines(folder.resolve(MANIFEST)).stream()
                    .anyMatch(line -> line.startsWith("servers:") || line.startsWith("pooler:")
                            || line.startsWith("choices:"));
        } catch (java.io.IOException e) {
            return false; // the loader reports an unreadable manifest
        }
    }
}

package dev.ride.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code ride scenario new ID}: a folder that loads as it is, every manifest key present and
 * commented, placeholder checks for the author to edit, and no solution listed (a listed solution
 * claims a card somebody checked).
 */
final class ScenarioSkeleton {
    private ScenarioSkeleton() {
    }

    /** Lower-case words with dashes, optionally under a stage folder: stage-10/01-lock-queue. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");

    /** The template file in resources → where it goes in the new folder. */
    private static final Map<String, String> FILES = Map.of(
            "scenario.yaml", "scenario.yaml",
            "schema.sql", "setup/schema.sql",
            "reference.txt", "solutions/reference.txt",
            "nothing.txt", "solutions/nothing.txt");

    /** Writes the skeleton; the folder must not exist yet. Returns the files written. */
    static List<Path> write(Path folder, String id) throws IOException {
        if (Files.exists(folder)) {
            throw new IOException(folder + " already exists");
        }
        String title = title(id);
        List<Path> written = new java.util.ArrayList<>();
        for (var e : FILES.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
            Path target = folder.resolve(e.getValue());
            Files.createDirectories(target.getParent());
            Files.writeString(target, template(e.getKey()).replace("{{ID}}", id).replace("{{TITLE}}", title),
                    StandardCharsets.UTF_8);
            written.add(target);
        }
        return written;
    }

    /** "stage-10/01-lock-queue" → "Lock queue". */
    static String title(String id) {
        String last = id.substring(id.lastIndexOf('/') + 1).replaceFirst("^[0-9]+-", "").replace('-', ' ');
        return last.isEmpty() ? id : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }

    private static String template(String name) throws IOException {
        try (InputStream in = ScenarioSkeleton.class.getResourceAsStream("skeleton/" + name)) {
            if (in == null) {
                throw new IOException("the skeleton file " + name + " is missing from ride's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

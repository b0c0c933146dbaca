package dev.ride.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Line numbers in a manifest that loaded, for the lint's messages: the loaded {@link Scenario}
 * keeps no lines, and a reader of the lint's message wants one.
 */
final class ManifestLines {

    private final List<String> lines;

    private ManifestLines(List<String> lines) {
        this.lines = lines;
    }

    static ManifestLines of(Scenario scenario) {
        try {
            return new ManifestLines(Files.readAllLines(scenario.manifest(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new ManifestLines(List.of()); // it was readable when it loaded; then every line is the top
        }
    }

    /** The first line whose start matches {@code regex} (1 when none does). */
    int of(String regex) {
        Pattern p = Pattern.compile(regex);
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).lookingAt()) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The line of a top-level key ({@code hints:}). */
    int key(String key) {
        return of(Pattern.quote(key) + ":");
    }

    /** The line of solution {@code name}'s entry. */
    int solution(String name) {
        return of("\\s*-\\s*(\\{\\s*)?name:\\s*['\"]?" + Pattern.quote(name) + "['\"]?(\\s|,|}|$)");
    }
}

package dev.ride.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Lint: hint 1 says where to look, never what to run. It gives the answer when it names a change
 * the reference solution makes: the command of a statement that changes state ({@code CREATE INDEX},
 * {@code ALTER TABLE}, {@code VACUUM FULL}), a function that changes state ({@code pg_terminate_backend},
 * {@code setval}) or an operator action ({@code :action promote}) that {@code solutions/reference.txt}
 * runs outside a rolled-back transaction (see {@link FixStatements}). Quoting a line of the
 * reference that changes something names its command too. Queries that look are fine in hint 1.
 */
final class FirstHintRule {

    static final String RULE = "hint-1";

    List<LintFinding> check(Scenario scenario) {
        Optional<Solution> reference = scenario.solutions().stream()
                .filter(s -> s.kind() == SolutionKind.REFERENCE).findFirst();
        if (reference.isEmpty() || scenario.hints().isEmpty()) {
            return List.of(); // SolutionKindsRule says the reference is missing
        }
        List<String> transcript;
        try {
            transcript = Files.readAllLines(reference.get().transcript(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(LintFinding.at(scenario, RULE, 1, "cannot read " + reference.get().transcript() + ": " + e.getMessage()));
        }
        String hint = scenario.hints().get(0);
        for (FixStatements.Tag tag : FixStatements.of(transcript)) {
            if (tag.pattern().matcher(hint).find()) {
                return List.of(LintFinding.at(scenario, RULE, ManifestLines.of(scenario).key("hints") + 1,
                        "hint 1 gives the answer: it names '" + tag.text() + "', a change the reference makes"
                                + " (hint 1 says where to look; the fix belongs in hint 3)"));
            }
        }
        return List.of();
    }
}

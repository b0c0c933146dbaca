package dev.ride.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lint findings the catalog accepts for now, from {@code scenarios/lint-known-gaps.txt}: one
 * {@code SCENARIO-ID RULE  # why} per line. A known gap is reported but does not fail the lint;
 * an entry that no longer matches a finding does, so the list shrinks as gaps are closed.
 */
public final class KnownGaps {

    public static final String FILE = "lint-known-gaps.txt";

    /** One accepted finding: a scenario and the rule it breaks, on {@code line} of the file. */
    record Gap(String subject, String rule, int line) {
        boolean matches(LintFinding f) {
            return f.subject().equals(subject) && f.rule().equals(rule);
        }
    }

    private final Path file;
    private final List<Gap> gaps;

    private KnownGaps(Path file, List<Gap> gaps) {
        this.file = file;
        this.gaps = List.copyOf(gaps);
    }

    static KnownGaps none() {
        return new KnownGaps(null, List.of());
    }

    /** The gaps listed in {@code scenariosRoot}'s file; none when it has none. */
    static KnownGaps of(Path scenariosRoot) {
        Path file = scenariosRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new KnownGaps(file, List.of());
        }
        List<Gap> gaps = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).replaceFirst("#.*", "").strip();
                if (text.isEmpty()) {
                    continue;
                }
                String[] words = text.split("\\s+");
                if (words.length != 2) {
                    throw new ScenarioException(file, i + 1, "write SCENARIO-ID RULE  # why");
                }
                gaps.add(new Gap(words[0], words[1], i + 1));
            }
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        return new KnownGaps(file, gaps);
    }

    boolean accepts(LintFinding finding) {
        return gaps.stream().anyMatch(g -> g.matches(finding));
    }

    /** Entries that match none of {@code findings}: the gap was closed, so the entry must go. */
    List<LintFinding> stale(List<LintFinding> findings) {
        return gaps.stream().filter(g -> findings.stream().noneMatch(g::matches))
                .map(g -> new LintFinding(g.subject(), "known-gaps", file + ":" + g.line(),
                        "no longer breaks rule " + g.rule() + ": remove the entry"))
                .toList();
    }
}

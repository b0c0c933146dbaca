package dev.ride.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lint, from the stored cards: doing nothing scores 0, the reference the maximum, and every trap
 * check is sprung by some solution (a trap no solution springs is a check nobody proved).
 */
final class StoredCardsRule {

    static final String SCORES = "scores";
    static final String TRAPS = "traps";

    List<LintFinding> check(Scenario scenario) {
        List<LintFinding> findings = new ArrayList<>();
        ManifestLines lines = ManifestLines.of(scenario);
        Set<String> sprung = new LinkedHashSet<>();
        for (Solution s : scenario.solutions()) {
            CardFacts card;
            try {
                card = CardFacts.read(s.card());
            } catch (IOException e) {
                findings.add(LintFinding.at(scenario, SCORES, lines.solution(s.name()),
                        "cannot read the card of '" + s.name() + "': " + e.getMessage()));
                continue;
            }
            sprung.addAll(card.sprungTraps());
            if (s.kind() != null) {
                KindScores.problem(s.kind(), card).ifPresent(problem ->
                        findings.add(LintFinding.at(scenario, SCORES, lines.solution(s.name()),
                                problem + " (solutions/" + s.name() + ".card.json)")));
            }
        }
        for (Check trap : scenario.checks(Section.TRAP)) {
            if (!sprung.contains(trap.id())) {
                findings.add(LintFinding.at(scenario, TRAPS, lines.of("\\s*-\\s*id:\\s*['\"]?" + trap.id() + "\\b"),
                        "trap '" + trap.id() + "' is sprung by no solution's card: add a trap-<what> solution that springs it"));
            }
        }
        return findings;
    }
}

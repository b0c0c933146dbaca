package dev.ride.scenario;

import java.nio.file.Path;

/**
 * One thing the catalog lint found wrong: the scenario (or path) it is about, the rule that found
 * it (the name {@code lint-known-gaps.txt} uses), where to look ({@code file:line}, or null) and
 * the reason, as one line.
 */
public record LintFinding(String subject, String rule, String where, String reason) {

    static LintFinding at(Scenario scenario, String rule, int line, String reason) {
        return new LintFinding(scenario.id(), rule, scenario.manifest() + ":" + line, reason);
    }

    static LintFinding in(Path file, String subject, String rule, int line, String reason) {
        return new LintFinding(subject, rule, file + ":" + line, reason);
    }

    /** {@code stage-02/06-…: no partial solution (scenarios/…/scenario.yaml:170) [kinds]} */
    @Override
    public String toString() {
        return subject + ": " + reason + (where == null ? "" : " (" + where + ")") + " [" + rule + "]";
    }
}

package dev.ride.scenario;

import java.util.List;

/** Lint: a live scenario (format 2) runs at least one actor, or nothing in it is live. */
final class LiveActorsRule {

    static final String RULE = "actors";
    private static final int LIVE_FORMAT = 2;

    List<LintFinding> check(Scenario scenario) {
        if (scenario.format() >= LIVE_FORMAT && scenario.actors().isEmpty()) {
            return List.of(LintFinding.at(scenario, RULE, ManifestLines.of(scenario).key("format"),
                    "format " + scenario.format() + " is a live scenario, and it has no actors: (the application's sessions)"));
        }
        return List.of();
    }
}

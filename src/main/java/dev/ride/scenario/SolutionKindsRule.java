package dev.ride.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lint: every solution has a kind (its {@code kind:} or its name), and the scenario's solutions
 * prove each required kind: the reference, an alternative fix, a blind fix, a partial fix,
 * doing nothing, the fix made before looking (evidence after the fix must not earn Detect), and a
 * trap solution when the scenario has trap checks.
 */
final class SolutionKindsRule {

    static final String RULE = "kinds";

    List<LintFinding> check(Scenario scenario) {
        List<LintFinding> findings = new ArrayList<>();
        ManifestLines lines = ManifestLines.of(scenario);
        Set<SolutionKind> present = EnumSet.noneOf(SolutionKind.class);
        for (Solution s : scenario.solutions()) {
            if (s.kind() == null) {
                findings.add(LintFinding.at(scenario, RULE, lines.solution(s.name()), "solution '" + s.name()
                        + "' has no kind: name it " + SolutionKind.names() + ", or add kind: ("
                        + SolutionKind.keys() + ")"));
            } else {
                present.add(s.kind());
            }
        }
        for (SolutionKind kind : SolutionKind.values()) {
            boolean needed = kind == SolutionKind.TRAP ? !scenario.checks(Section.TRAP).isEmpty() : kind.required();
            if (needed && !present.contains(kind)) {
                findings.add(LintFinding.at(scenario, RULE, lines.key("solutions"), "no " + kind.key()
                        + " solution (" + describe(kind) + ")"));
            }
        }
        return findings;
    }

    private static String describe(SolutionKind kind) {
        return switch (kind) {
            case REFERENCE -> "solutions/reference.txt: the intended fix, evidence first";
            case ALTERNATIVE -> "alt-<what>: a valid fix the reference does not use";
            case BLIND -> "blind-<what>: the fix without looking first";
            case PARTIAL -> "partial-<what>: half the fix";
            case TRAP -> "trap-<what>: springs a trap check";
            case NOTHING -> "nothing: :submit --json straight away";
            case EVIDENCE_AFTER_FIX -> "evidence-after-fix: the fix first, the looking afterwards";
            default -> kind.key();
        };
    }
}

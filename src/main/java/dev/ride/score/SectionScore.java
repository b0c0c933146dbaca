package dev.ride.score;

import java.util.List;

import dev.ride.scenario.Section;

public record SectionScore(Section section, List<CheckResult> checks) {

    public SectionScore {
        checks = List.copyOf(checks);
    }

    public int score() {
        return checks.stream().mapToInt(CheckResult::points).sum();
    }

    public int max() {
        return checks.stream().mapToInt(CheckResult::maxPoints).sum();
    }
}

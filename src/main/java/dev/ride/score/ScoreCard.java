package dev.ride.score;

import java.util.List;

import dev.ride.scenario.Section;

/**
 * The result of a submit: Detect, Fix and Trap in that order.
 *
 * @param scenario       the scenario id
 * @param title          the scenario title, for the text card
 * @param elapsedSeconds time since the drill started, as passed to the scorer
 */
public record ScoreCard(String scenario, String title, List<SectionScore> sections, long elapsedSeconds) {

    public ScoreCard {
        sections = List.copyOf(sections);
    }

    public SectionScore section(Section section) {
        return sections.stream().filter(s -> s.section() == section).findFirst()
                .orElse(new SectionScore(section, List.of()));
    }

    public int total() {
        return sections.stream().mapToInt(SectionScore::score).sum();
    }

    public int max() {
        return sections.stream().mapToInt(SectionScore::max).sum();
    }

    /** Traps earn points only once the Fix section scored: doing nothing avoids every trap. */
    public boolean trapsEarned() {
        return section(Section.FIX).score() > 0;
    }

    /** The traps the learner fell into, in card order (one that could not be checked is not sprung). */
    public List<CheckResult> sprungTraps() {
        return section(Section.TRAP).checks().stream().filter(c -> !c.passed() && c.checked()).toList();
    }
}

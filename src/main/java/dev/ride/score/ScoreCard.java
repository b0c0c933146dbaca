package dev.ride.score;

import java.util.List;

import dev.ride.scenario.Section;

/**
 * The result of a submit: Detect, Fix and Trap in that order, what the hints cost, and which
 * attempt this was.
 *
 * @param scenario       the scenario id
 * @param title          the scenario title, for the text card
 * @param elapsedSeconds time since the drill started, as passed to the scorer
 * @param assistance     the hints taken and what they cost
 * @param attempt        which :submit of the drill this is; only the first is the score
 */
public record ScoreCard(String scenario, String title, List<SectionScore> sections, long elapsedSeconds,
                        Assistance assistance, Attempt attempt) {

    /** Hints taken in the drill and their summed cost. */
    public record Assistance(int hintsUsed, int cost) {
        public static final Assistance NONE = new Assistance(0, 0);
    }

    /**
     * @param number     1 for the first :submit of a drill
     * @param firstScore the first attempt's score (after hint costs), for a later attempt; null for the first
     */
    public record Attempt(int number, Integer firstScore) {
        public static final Attempt FIRST = new Attempt(1, null);

        public boolean practice() {
            return number > 1;
        }
    }

    public ScoreCard {
        sections = List.copyOf(sections);
        assistance = assistance == null ? Assistance.NONE : assistance;
        attempt = attempt == null ? Attempt.FIRST : attempt;
    }

    public ScoreCard(String scenario, String title, List<SectionScore> sections, long elapsedSeconds) {
        this(scenario, title, sections, elapsedSeconds, Assistance.NONE, Attempt.FIRST);
    }

    /** This card as attempt {@code number} of the drill; {@code firstScore} is the first attempt's score. */
    public ScoreCard asAttempt(int number, Integer firstScore) {
        return new ScoreCard(scenario, title, sections, elapsedSeconds, assistance,
                number == 1 ? Attempt.FIRST : new Attempt(number, firstScore));
    }

    public SectionScore section(Section section) {
        return sections.stream().filter(s -> s.section() == section).findFirst()
                .orElse(new SectionScore(section, List.of()));
    }

    /** The points earned, before hint costs ("unassisted"). */
    public int total() {
        return sections.stream().mapToInt(SectionScore::score).sum();
    }

    /** The points earned less what the hints cost, never below zero: the score. */
    public int score() {
        return Math.max(0, total() - assistance.cost());
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

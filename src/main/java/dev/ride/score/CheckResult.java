package dev.ride.score;

/**
 * One check on the card.
 *
 * @param passed    the check's conditions held (for a trap: the trap was avoided)
 * @param points    points earned
 * @param maxPoints the check's points
 * @param unchecked non-null when the check could not be evaluated because of a lock of the learner's
 *                  ({@code passed} is then false, and a trap is not sprung)
 * @param findings  what the scorer saw where the check failed; {@link Findings#NONE} when it passed
 */
public record CheckResult(String id, String title, boolean passed, int points, int maxPoints, Unchecked unchecked,
                          Findings findings) {

    public CheckResult {
        findings = findings == null ? Findings.NONE : findings;
    }

    public CheckResult(String id, String title, boolean passed, int points, int maxPoints, Unchecked unchecked) {
        this(id, title, passed, points, maxPoints, unchecked, Findings.NONE);
    }

    public CheckResult(String id, String title, boolean passed, int points, int maxPoints) {
        this(id, title, passed, points, maxPoints, null, Findings.NONE);
    }

    public boolean checked() {
        return unchecked == null;
    }
}

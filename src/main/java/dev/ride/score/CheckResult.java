package dev.ride.score;

/**
 * One check on the card.
 *
 * @param passed    the check's conditions held (for a trap: the trap was avoided)
 * @param points    points earned
 * @param maxPoints the check's points
 * @param unchecked non-null when the check could not be evaluated because of a lock of the learner's
 *                  ({@code passed} is then false, and a trap is not sprung)
 */
public record CheckResult(String id, String title, boolean passed, int points, int maxPoints, Unchecked unchecked) {

    public CheckResult(String id, String title, boolean passed, int points, int maxPoints) {
        this(id, title, passed, points, maxPoints, null);
    }

    public boolean checked() {
        return unchecked == null;
    }
}

package dev.ride.score;

/**
 * One check on the card.
 *
 * @param passed    the check's conditions held (for a trap: the trap was avoided)
 * @param points    points earned
 * @param maxPoints the check's points
 */
public record CheckResult(String id, String title, boolean passed, int points, int maxPoints) { }

package dev.ride.score;

/**
 * Why a check could not be evaluated: the learner's own session holds a lock that the scorer's
 * query, an {@code as_app} run or an actor waits for. Such a check costs its points but is neither
 * passed nor failed (a trap is not shown as sprung).
 *
 * @param reason stable from run to run, e.g. "your session holds a lock on orders": the JSON card's
 *               {@code unchecked}, so a solution's {@code .card.json} can hold it
 * @param detail what varies, e.g. "transaction open since 10:42:07"; empty when unknown
 */
public record Unchecked(String reason, String detail) {

    /** The text card's line: "could not check: your session holds a lock on orders (transaction open since 10:42:07)". */
    public String text() {
        return "could not check: " + reason + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}

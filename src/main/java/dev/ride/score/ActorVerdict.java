package dev.ride.score;

import java.util.Map;

import dev.ride.actor.ActorSnapshot;
import dev.ride.actor.Marker;
import dev.ride.scenario.Condition;

/**
 * Judges {@code actor:} conditions from the actors' counters. Counts, never exact numbers: "works"
 * means at least N successes and no failure since the learner's last statement, so a slow machine
 * only makes the scorer wait longer (up to {@link LiveEvidence#settle()}), it does not flip the card.
 */
final class ActorVerdict {

    private static final long POLL_MILLIS = 50;
    /**
     * An actor's outcome is stamped on its own thread when the reply arrives: an insert that failed
     * just before the learner's fix committed may be stamped a moment after the fix returned.
     */
    private static final java.time.Duration SETTLE = java.time.Duration.ofMillis(500);

    private final LiveEvidence live;
    private final LearnerLocks locks;
    /** actor name → its database, where its waits are looked up */
    private final Map<String, String> databases;

    ActorVerdict(LiveEvidence live, LearnerLocks locks, Map<String, String> databases) {
        this.live = live;
        this.locks = locks;
        this.databases = databases;
    }

    Verdict holds(Condition.ActorCheck check) {
        Verdict works = Verdict.HOLDS;
        if (check.works() != null && check.works() != works(check)) {
            // an actor that never got through because it queues behind the learner's own lock was
            // not seen to fail or to work: "could not check", not "fails"
            Unchecked stuck = check.works() ? stuckBehindLearner(check.actor()) : null;
            if (stuck == null) {
                return Verdict.FAILS;
            }
            works = Verdict.unchecked(stuck);
        }
        return works.and(Verdict.of(state(check)));
    }

    private Unchecked stuckBehindLearner(String actor) {
        String database = databases.get(actor);
        return database == null ? null : locks.actorBlocked(actor, database, live.backendPids(actor));
    }

    private boolean state(Condition.ActorCheck check) {
        if (check.alive() != null || check.lockWaitUnder() != null) {
            ActorSnapshot whole = live.since(Marker.ORIGIN).get(check.actor());
            if (whole == null) {
                return false;
            }
            if (check.alive() != null && check.alive() != whole.alive()) {
                return false;
            }
            if (check.lockWaitUnder() != null && whole.longestLockWaitMs() >= check.lockWaitUnder().toMillis()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Waits until the actor has either failed or succeeded enough since the learner's last
     * statement; an actor stuck behind a lock reaches neither and does not work.
     */
    private boolean works(Condition.ActorCheck check) {
        Marker since = live.lastStatement().equals(Marker.ORIGIN) ? Marker.ORIGIN : live.lastStatement().plus(SETTLE);
        long deadline = System.nanoTime() + SETTLE.toNanos() + live.settle().toNanos();
        while (true) {
            Map<String, ActorSnapshot> now = live.since(since);
            ActorSnapshot actor = now.get(check.actor());
            if (actor == null) {
                return false;
            }
            if (actor.errors() > 0) {
                return false;
            }
            if (actor.successes() >= check.minSuccesses()) {
                return true;
            }
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}

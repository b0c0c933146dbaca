package dev.ride.score;

import java.sql.Connection;
import java.util.Map;
import java.util.function.Function;

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
    /** database → the scorer's open connection there, or null: where to look up an actor's blocker */
    private final Function<String, Connection> connections;
    /** When this card's judging began: "since" for a learner who ran no statement. */
    private final Marker scoringStarted = Marker.now();
    /**
     * One waiting bound for the whole card, from the start of its judging: every {@code works}
     * check is owed the same time for its evidence to exist, and a check judged after another one
     * waited has had that time already. A bound per check made a card of three unfixed apps wait
     * three times over (stage-02/01's nothing: 13.5 s, now 7).
     */
    private final long waitUntilNanos;
    private final long startedNanos = System.nanoTime();

    ActorVerdict(LiveEvidence live, LearnerLocks locks, Map<String, String> databases,
                 Function<String, Connection> connections) {
        this.live = live;
        this.locks = locks;
        this.databases = databases;
        this.connections = connections;
        this.waitUntilNanos = startedNanos + SETTLE.toNanos() + live.settle().toNanos();
    }

    Verdict holds(Condition.ActorCheck check) {
        Verdict works = Verdict.HOLDS;
        if (check.works() != null) {
            Outcome outcome = outcome(check);
            if (check.works() != (outcome == Outcome.WORKS)) {
                // an actor that never got through because it queues behind the learner's own lock was
                // not seen to fail or to work: "could not check", not "fails". One that got errors
                // had its replies, so no lock needs looking up.
                Unchecked stuck = check.works() && outcome == Outcome.QUIET ? stuckBehindLearner(check.actor()) : null;
                if (stuck == null) {
                    return Verdict.FAILS;
                }
                works = Verdict.unchecked(stuck);
            }
        }
        return works.and(Verdict.of(state(check)));
    }

    /**
     * What the actor went through, for a ✗ line: its latest error since the learner's last
     * statement, its silence, its session gone, or its longest lock wait. Null when nothing fits.
     */
    String observed(Condition.ActorCheck check) {
        String actor = check.actor();
        ActorSnapshot whole = live.since(Marker.ORIGIN).get(actor);
        if (whole == null) {
            return null;
        }
        if (check.alive() != null && check.alive() != whole.alive()) {
            return whole.alive() ? actor + "'s session is still there" : actor + "'s session is gone";
        }
        if (check.terminated() != null && check.terminated() != (whole.terminations() > 0)) {
            return whole.terminations() > 0
                    ? actor + " was terminated " + (whole.terminations() == 1 ? "once" : whole.terminations() + " times")
                    : actor + " was never terminated";
        }
        if (check.lockWaitUnder() != null && whole.longestLockWaitMs() >= check.lockWaitUnder().toMillis()) {
            return actor + " waited " + String.format(java.util.Locale.ROOT, "%.1f", whole.longestLockWaitMs() / 1000.0)
                    + " s on a lock";
        }
        if (check.lockWaitBehindYouUnder() != null
                && whole.longestOutsiderLockWaitMs() >= check.lockWaitBehindYouUnder().toMillis()) {
            return actor + " waited " + String.format(java.util.Locale.ROOT, "%.1f", whole.longestOutsiderLockWaitMs() / 1000.0)
                    + " s on a lock of yours";
        }
        if (Boolean.TRUE.equals(check.works())) {
            ActorSnapshot recent = live.since(since()).get(actor);
            if (recent != null && recent.errors() > 0) {
                return actor + " still fails: " + recent.lastErrorMessage().map(ActorVerdict::firstLine).orElse("an error");
            }
            return actor + " completed too few statements since your last one";
        }
        return null;
    }

    /** The server's message without its severity and detail lines: "column … does not exist". */
    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse(message).strip();
        return line.startsWith("ERROR:") ? line.substring("ERROR:".length()).strip() : line;
    }

    private Unchecked stuckBehindLearner(String actor) {
        String database = databases.get(actor);
        return database == null ? null
                : locks.actorBlocked(actor, database, connections.apply(database), live.backendPids(actor));
    }

    private boolean state(Condition.ActorCheck check) {
        if (check.alive() != null || check.terminated() != null || check.lockWaitUnder() != null
                || check.lockWaitBehindYouUnder() != null) {
            ActorSnapshot whole = live.since(Marker.ORIGIN).get(check.actor());
            if (whole == null) {
                return false;
            }
            if (check.alive() != null && check.alive() != whole.alive()) {
                return false;
            }
            if (check.terminated() != null && check.terminated() != (whole.terminations() > 0)) {
                return false;
            }
            if (check.lockWaitUnder() != null && whole.longestLockWaitMs() >= check.lockWaitUnder().toMillis()) {
                return false;
            }
            if (check.lockWaitBehindYouUnder() != null
                    && whole.longestOutsiderLockWaitMs() >= check.lockWaitBehindYouUnder().toMillis()) {
                return false;
            }
            if (check.terminated() != null && check.terminated() != (whole.terminations() > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where "since the learner's last statement" starts: a moment after it, for late stamps. A
     * learner who ran nothing is judged from the scoring on: an application that worked before
     * the incident began (a migration that queued it behind a lock) has not "worked since".
     */
    private Marker since() {
        return live.lastStatement().equals(Marker.ORIGIN) ? scoringStarted : live.lastStatement().plus(SETTLE);
    }

    /**
     * The card's bound, or a check's own {@code within:} when it is later: a check that needs many
     * successes to tell broken from fixed (forty, where a deadlock shows only after deadlock_timeout)
     * must not fail because a loaded machine made them slower to come. Only the wait for evidence
     * grows: an error still ends it at once, so a broken card is no slower.
     */
    private long deadline(Condition.ActorCheck check) {
        if (check.within() == null) {
            return waitUntilNanos;
        }
        long own = startedNanos + check.within().toNanos();
        return own - waitUntilNanos > 0 ? own : waitUntilNanos;
    }

    /** What an actor did since the learner's last statement. */
    private enum Outcome {
        /** enough successes and no error */
        WORKS,
        /** at least one error */
        FAILED,
        /** neither, by the deadline: too slow, or stuck behind a lock; or the actor is unknown */
        QUIET
    }

    /**
     * Waits until the actor has either failed or succeeded enough since the learner's last
     * statement; an actor stuck behind a lock reaches neither and does not work.
     */
    private Outcome outcome(Condition.ActorCheck check) {
        Marker since = since();
        long deadline = deadline(check);
        while (true) {
            Map<String, ActorSnapshot> now = live.since(since);
            ActorSnapshot actor = now.get(check.actor());
            if (actor == null) {
                return Outcome.QUIET;
            }
            if (actor.errors() > 0) {
                return Outcome.FAILED;
            }
            if (actor.successes() >= check.minSuccesses()) {
                return Outcome.WORKS;
            }
            if (System.nanoTime() - deadline > 0) {
                return Outcome.QUIET;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.QUIET;
            }
        }
    }
}

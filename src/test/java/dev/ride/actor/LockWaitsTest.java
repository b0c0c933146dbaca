package dev.ride.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The episodes the lock monitor's samples make: a wait behind the scenario's own lock holder (an
 * actor) is told from a wait behind a session that is none of the actors (the learner's).
 */
class LockWaitsTest {

    private static final long MS = 1_000_000;

    @Test
    void aWaitBehindAnActorIsNotAWaitBehindTheLearner() {
        LockWaits waits = new LockWaits();
        waits.waiting(101, 1.0, 0, false, 1_000 * MS);
        waits.waiting(101, 1.0, 3_000, false, 4_000 * MS);
        waits.notWaiting(101);

        assertThat(waits.longestMs(Long.MIN_VALUE, false)).isEqualTo(3_000);
        assertThat(waits.longestMs(Long.MIN_VALUE, true)).isZero();
    }

    @Test
    void aWaitSeenOnceBehindAnOutsiderCountsAsOneWhole() {
        LockWaits waits = new LockWaits();
        waits.waiting(101, 1.0, 0, false, 10_000 * MS);                // behind the incident's holder first
        waits.waiting(101, 2.0, 0, true, 20_000 * MS);                 // a new request, behind the learner
        waits.waiting(101, 2.0, 1_500, true, 21_500 * MS);
        waits.waiting(102, 3.0, 400, true, 21_500 * MS);               // another backend, a short wait

        assertThat(waits.longestMs(Long.MIN_VALUE, true)).isEqualTo(1_500);
        assertThat(waits.longestMs(Long.MIN_VALUE, false)).isEqualTo(1_500);
    }
}

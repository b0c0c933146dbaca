package dev.ride.score;

/**
 * What a condition (or a whole check) came to: it held, it did not, or it could not be checked
 * because of a lock the learner holds ({@code unchecked} non-null; {@code holds} is then false).
 */
record Verdict(boolean holds, Unchecked unchecked) {

    static final Verdict HOLDS = new Verdict(true, null);
    static final Verdict FAILS = new Verdict(false, null);

    static Verdict of(boolean holds) {
        return holds ? HOLDS : FAILS;
    }

    static Verdict unchecked(Unchecked why) {
        return new Verdict(false, why);
    }

    /** A definite "no". */
    boolean fails() {
        return !holds && unchecked == null;
    }

    /**
     * Both must hold: a definite "no" on either side wins (the check failed whatever the lock hid),
     * then "could not check", then "holds".
     */
    Verdict and(Verdict other) {
        if (fails() || other.fails()) {
            return FAILS;
        }
        return unchecked != null ? this : other;
    }
}

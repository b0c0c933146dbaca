package dev.ride.sandbox;

/**
 * Work a sandbox started on another thread and must let finish before it goes away (storing a
 * prepared copy, removing older prepared images), waited for at most a minute: a close should not
 * hang on housekeeping.
 */
public final class Companion {

    private static final long WAIT_MILLIS = 60_000;

    private Companion() {
    }

    /** Waits for {@code work} (null: nothing to wait for); an interrupt ends the wait and is kept. */
    public static void await(Thread work) {
        if (work == null) {
            return;
        }
        try {
            work.join(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.ride.actor;

import java.time.Duration;
import java.util.Optional;

/**
 * What an actor does when its backend is terminated (the learner's {@code pg_terminate_backend}):
 * stay gone (counted as dead), or reconnect after a delay and run its statements again (several
 * such actors make a retry storm).
 */
public record OnTerminate(Optional<Duration> reconnectAfter) {

    public static final OnTerminate GONE = new OnTerminate(Optional.empty());

    public static OnTerminate reconnectAfter(Duration delay) {
        return new OnTerminate(Optional.of(delay));
    }

    public boolean gone() {
        return reconnectAfter.isEmpty();
    }
}

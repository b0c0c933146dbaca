package dev.ride.sandbox;

/** The server lost the race for its port: {@link PortRetry#onFreePort} tries another one. */
public final class PortTaken extends RuntimeException {

    public PortTaken() {
        super(null, null, false, false);
    }

    public PortTaken(Throwable cause) {
        super(cause.getMessage(), cause, false, false);
    }
}

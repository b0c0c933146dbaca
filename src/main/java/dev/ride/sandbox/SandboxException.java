package dev.ride.sandbox;

/** A sandbox could not be started or has died. The message is one sentence a learner can act on. */
public class SandboxException extends RuntimeException {
    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.ride.shell;

/**
 * How one query or COPY went, for the session's bookkeeping (psql's success flag, the transcript,
 * CheckConnection).
 *
 * @param error          null when it succeeded, else the message the transcript keeps
 * @param connectionLost whether the connection is gone afterwards
 */
record SqlOutcome(String error, boolean connectionLost) {

    boolean failed() {
        return error != null;
    }
}

package dev.ride.shell.query;

/**
 * How one query or COPY went, for the session's bookkeeping (psql's success flag, the transcript,
 * CheckConnection).
 *
 * @param error          null when it succeeded, else the message the transcript keeps
 * @param connectionLost whether the connection is gone afterwards
 * @param savepointGone  whether a statement ended or replaced ON_ERROR_ROLLBACK's savepoint
 */
public record SqlOutcome(String error, boolean connectionLost, boolean savepointGone) {

    public SqlOutcome(String error, boolean connectionLost) {
        this(error, connectionLost, false);
    }

    public boolean failed() {
        return error != null;
    }
}

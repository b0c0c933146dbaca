package dev.ride.shell.query;

import java.sql.SQLException;
import java.sql.SQLWarning;
import org.postgresql.core.ResultHandler;

/**
 * The driver's result callbacks with nothing to do for the parts the shell never uses: the shell
 * hands results, notices and errors to a {@link SqlRunner.Listener} as they arrive, so it neither
 * collects an exception to throw afterwards nor tracks progress. Subclasses override what they
 * pass on.
 */
public abstract class ListeningResultHandler implements ResultHandler {

    @Override
    public void handleCompletion() {
    }

    @Override
    public void secureProgress() {
    }

    @Override
    public SQLException getException() {
        return null;
    }

    @Override
    public SQLWarning getWarning() {
        return null;
    }
}

package dev.ride.sandbox;

import java.util.function.Consumer;

/**
 * The steps of a warm start, the same for every engine: a prepared state found for the key starts
 * the server; one that fails to start is discarded; without one, an empty server gets the state
 * installed and is kept for next time ({@link PreparedStorage} says how each step is done).
 */
public final class WarmStart {

    private WarmStart() {
    }

    /** A server holding what {@code install} builds, started from {@code storage}'s copy when it has one. */
    public static <P, S extends Sandbox> S start(PreparedStorage<P, S> storage, String key, Consumer<? super S> install) {
        var prepared = storage.find(key);
        if (prepared.isPresent()) {
            try {
                return storage.startFrom(prepared.get());
            } catch (SandboxException e) {
                // a damaged copy (disk full while storing, files or layers removed by hand): prepare it again
                storage.discard(key, prepared.get());
            }
        }
        S empty = storage.startEmpty(key);
        try {
            install.accept(empty);
        } catch (RuntimeException e) {
            empty.close();
            throw e;
        }
        return storage.keep(key, empty);
    }

    /** A server holding the empty state of {@code key} (a cluster straight from initdb): nothing to install. */
    public static <P, S extends Sandbox> S start(PreparedStorage<P, S> storage, String key) {
        return start(storage, key, sandbox -> { });
    }
}

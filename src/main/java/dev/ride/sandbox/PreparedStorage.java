package dev.ride.sandbox;

import java.util.Optional;

/**
 * Where an engine keeps prepared states between runs, and how it starts servers from them: the
 * embedded engine keeps a stopped data directory in ride's cache dir and starts a copy of it; the
 * docker engine keeps an image and starts a container of it. {@link WarmStart} runs the steps; an
 * engine (or a later kind of server, a standby, a pooler) only says how each is done.
 *
 * @param <P> a prepared state as found in the storage
 * @param <S> the sandbox the engine hands out
 */
public interface PreparedStorage<P, S extends Sandbox> {

    /** The complete prepared state stored for {@code key}, if there is one. */
    Optional<P> find(String key);

    /**
     * A server started from {@code prepared}.
     *
     * @throws SandboxException when it does not start: the state is then discarded and made again
     */
    S startFrom(P prepared);

    /** Removes a prepared state that failed to start, so that this run prepares it afresh. */
    void discard(String key, P prepared);

    /** A server to install the state into, the first time a key is met. */
    S startEmpty(String key);

    /**
     * Keeps {@code installed} (a running server holding the state) as the prepared state of
     * {@code key}, and returns the sandbox the run goes on in. Owns {@code installed}: closes it
     * when it fails.
     */
    S keep(String key, S installed);
}

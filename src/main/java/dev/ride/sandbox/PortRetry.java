package dev.ride.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A free TCP port on 127.0.0.1 for a server about to start, tried again when another process takes
 * it first: ride picks a port that is free now, and the server (or Docker's proxy) binds it a moment
 * later. Both engines start their servers through {@link #onFreePort}.
 */
public final class PortRetry {

    /** Losing the race this many times in a row means something else is wrong. */
    public static final int ATTEMPTS = 5;

    private PortRetry() {
    }

    /** One try at starting a server on {@code port}; throws {@link PortTaken} when it could not bind it. */
    @FunctionalInterface
    public interface Attempt<T, E extends Exception> {
        T on(int port) throws E;
    }

    /** Runs {@code attempt} on a free port, on another one each time it throws {@link PortTaken}. */
    public static <T, E extends Exception> T onFreePort(Attempt<T, E> attempt) throws E {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.on(freePort());
            } catch (PortTaken e) {
                if (tried == ATTEMPTS) {
                    throw new SandboxException("No free port for the sandbox after " + tried + " attempts.", e);
                }
            }
        }
    }

    /** Free on 127.0.0.1 now; another process may take it before the server binds it. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new SandboxException("No free port on 127.0.0.1 for the sandbox: " + e.getMessage(), e);
        }
    }
}

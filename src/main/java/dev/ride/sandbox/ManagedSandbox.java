package dev.ride.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The life of a sandbox ride started itself (embedded, docker): it goes away once, by
 * {@link #close()} or by the JVM's shutdown hook on a normal exit or SIGTERM, whichever comes first;
 * and {@link #close()} first lets its companions finish, the work its start left running on other
 * threads (storing a prepared copy, removing older prepared images). Each companion is waited for
 * at most a minute: a close should not hang on housekeeping. After {@code kill -9} of the JVM
 * neither runs; each engine's reaper removes the leftovers at the next start.
 */
public abstract class ManagedSandbox implements Sandbox {

    private static final long COMPANION_WAIT_MILLIS = 60_000;

    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<Thread> companions = new CopyOnWriteArrayList<>();
    private volatile Thread shutdownHook;

    /** Stops the server and removes what it left; runs once, from {@link #close()} or the shutdown hook. */
    protected abstract void release();

    /** Every server ride starts listens on the loopback address only. */
    @Override
    public final String host() {
        return "127.0.0.1";
    }

    /**
     * Registers the shutdown hook (thread {@code ride-sandbox-cleanup-<name>}). Called last in a
     * subclass's constructor: the hook may run at once and must find the sandbox complete.
     */
    protected final void releaseOnExit(String name) {
        shutdownHook = new Thread(this::releaseOnce, "ride-sandbox-cleanup-" + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** True once closed (or handed over): the server is gone or going. */
    protected final boolean isClosed() {
        return closed.get();
    }

    /** {@link #close()} waits for {@code work} (at most a minute) before the server goes. */
    public final void awaitOnClose(Thread work) {
        companions.add(work);
    }

    @Override
    public boolean isAlive() {
        return !isClosed() && Sandbox.super.isAlive();
    }

    @Override
    public void close() {
        companions.forEach(ManagedSandbox::await);
        releaseOnce();
        dropShutdownHook();
    }

    /**
     * Closes this object without releasing the server: another sandbox object has taken it over
     * (and registered its own hook first), e.g. the same container with a new password.
     */
    protected final void handedOver() {
        closed.set(true);
        dropShutdownHook();
    }

    private void releaseOnce() {
        if (closed.compareAndSet(false, true)) {
            release();
        }
    }

    private void dropShutdownHook() {
        Thread hook = shutdownHook;
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it finds the sandbox already closed
        }
    }

    /** Waits for {@code work}; an interrupt ends the wait and is kept. */
    private static void await(Thread work) {
        try {
            work.join(COMPANION_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

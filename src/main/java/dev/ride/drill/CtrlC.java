package dev.ride.drill;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C while a ':' command waits on its own (:log --follow), polled as a flag.
 * <p>
 * Why not the shell's handler: the interactive shell turns Ctrl-C into
 * {@code ShellSession.cancelRunningQuery()}, which cancels a query of the learner's session and
 * does nothing when none runs, and a ':' command runs none there. So, while it waits, the command
 * takes SIGINT itself ({@link #trap}) and gives the previous handler (JLine's, which dispatches to
 * the shell) back on {@link #close}; the JVM does not exit and the shell goes on at its prompt.
 * A timed or recorded drill reads the keyboard through an inner terminal with ISIG off, where
 * Ctrl-C is a byte the shell turns into the same cancel, never a SIGINT: there the shell has to
 * pass it on ({@link DrillCommands#interrupt()}), which {@link #press} receives too.
 * <p>
 * The waiter sleeps in {@link #pause} and is woken by an unpark rather than an interrupt, so no
 * stray interrupt status reaches the shell's own waits after the command.
 */
final class CtrlC implements AutoCloseable {

    private static final Signal INT = new Signal("INT");

    private final Thread waiter = Thread.currentThread();
    private final SignalHandler previous;
    private volatile boolean pressed;

    private CtrlC() {
        this.previous = Signal.handle(INT, signal -> press());
    }

    /** Takes SIGINT until {@link #close}; the calling thread is the one that waits. */
    static CtrlC trap() {
        return new CtrlC();
    }

    void press() {
        pressed = true;
        LockSupport.unpark(waiter);
    }

    boolean pressed() {
        return pressed;
    }

    /** Sleeps up to {@code millis}, less when Ctrl-C comes. */
    void pause(long millis) {
        if (!pressed) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
        }
    }

    @Override
    public void close() {
        Signal.handle(INT, previous);
    }
}

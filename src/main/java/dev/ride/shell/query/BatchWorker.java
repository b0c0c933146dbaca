package dev.ride.shell.query;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Takes a streamed result's batches on a thread of its own, so formatting one overlaps the server
 * making the next. Without it the server waits, at every batch, for the shell to take in the one
 * before (about 0.1 s of a million-row result). One batch at most waits, so a result holds three
 * batches in memory at most (arriving, waiting, being taken in): memory stays flat.
 *
 * <p>The consumer's work is for this thread alone until {@link #finish()} returns (a join, so
 * what it wrote is then visible to the caller). A failure of the consumer stops it; the rest is
 * drained unread and {@link #failure()} tells the fetch loop, which reports it on its own thread.
 */
final class BatchWorker<T> implements AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);
    private final Thread thread;
    private volatile RuntimeException failure;
    private volatile boolean abandoned;

    BatchWorker(Consumer<T> consumer) {
        thread = new Thread(() -> take(consumer), "ride-result-batches");
        thread.setDaemon(true);
        thread.start();
    }

    @SuppressWarnings("unchecked")
    private void take(Consumer<T> consumer) {
        while (true) {
            Object next = takeUninterruptibly();
            if (next == END) {
                return;
            }
            if (failure == null && !abandoned) {
                try {
                    consumer.accept((T) next);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        }
    }

    /** Queues a batch; waits while one is already waiting. */
    void submit(T batch) {
        putUninterruptibly(batch);
    }

    /** What stopped the consumer, or null. */
    RuntimeException failure() {
        return failure;
    }

    /** Waits until every queued batch is taken; then the failure, if one stopped it. */
    RuntimeException finish() {
        putUninterruptibly(END);
        joinUninterruptibly();
        return failure;
    }

    /** Drops what is queued (after an error or a cancel) and waits for the thread to end. */
    @Override
    public void close() {
        if (thread.isAlive()) {
            abandoned = true;
            putUninterruptibly(END);
            joinUninterruptibly();
        }
    }

    // Ctrl-C reaches the shell as a flag and a cancel request, never as an interrupt; one from
    // elsewhere must not leave the queue half-used, so waits finish and the interrupt is kept.

    private Object takeUninterruptibly() {
        return uninterruptibly(queue::take);
    }

    private void putUninterruptibly(Object item) {
        uninterruptibly(() -> {
            queue.put(item);
            return null;
        });
    }

    private void joinUninterruptibly() {
        uninterruptibly(() -> {
            thread.join();
            return null;
        });
    }

    private interface Blocking<R> {
        R call() throws InterruptedException;
    }

    private static <R> R uninterruptibly(Blocking<R> blocking) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return blocking.call();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

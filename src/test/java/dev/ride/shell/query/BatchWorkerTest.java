package dev.ride.shell.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The thread that takes a result's batches while the next is fetched: in order, bounded, and never stuck. */
@Timeout(20)
class BatchWorkerTest {

    @Test
    void takesEveryBatchInOrderAndIsDoneWhenFinishReturns() {
        List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
        try (BatchWorker<Integer> worker = new BatchWorker<>(taken::add)) {
            for (int i = 0; i < 1000; i++) {
                worker.submit(i);
            }
            assertThat(worker.finish()).isNull();
            assertThat(taken).hasSize(1000).isSorted();
        }
    }

    @Test
    void holdsAtMostOneWaitingBatch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstTaken = new CountDownLatch(1);
        AtomicBoolean thirdQueued = new AtomicBoolean();
        try (BatchWorker<Integer> worker = new BatchWorker<>(batch -> {
            firstTaken.countDown();
            await(release);
        })) {
            worker.submit(1);
            firstTaken.await(5, TimeUnit.SECONDS); // the worker holds batch 1
            worker.submit(2); // one waiting: the queue is full
            Thread producer = new Thread(() -> {
                worker.submit(3);
                thirdQueued.set(true);
            });
            producer.start();
            producer.join(300);
            assertThat(thirdQueued).as("a second waiting batch must wait for room").isFalse();
            release.countDown();
            producer.join(5000);
            assertThat(thirdQueued).isTrue();
            assertThat(worker.finish()).isNull();
        }
    }

    @Test
    void aFailureStopsTheConsumerAndTheRestIsDrainedWithoutBlockingTheFetchLoop() {
        List<Integer> taken = new ArrayList<>();
        try (BatchWorker<Integer> worker = new BatchWorker<>(batch -> {
            if (batch == 3) {
                throw new UncheckedIOException(new IOException("No space left on device"));
            }
            taken.add(batch);
        })) {
            for (int i = 0; i < 100; i++) {
                worker.submit(i); // never stuck, though nothing is taken after the failure
            }
            RuntimeException failure = worker.finish();
            assertThat(failure).isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left");
            assertThat(taken).containsExactly(0, 1, 2);
        }
    }

    @Test
    void closingAbandonsWhatIsQueuedAndEndsTheThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstBegun = new CountDownLatch(1);
        List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
        BatchWorker<Integer> worker = new BatchWorker<>(batch -> {
            firstBegun.countDown();
            await(release);
            taken.add(batch);
        });
        worker.submit(1);
        worker.submit(2);
        // the consumer holds batch 1 before close begins: a batch taken off the queue but not yet
        // begun is dropped by close too, which the gate run once saw (taken was empty)
        assertThat(firstBegun.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(worker::close);
        closer.start();
        // close has begun: it waits for room in the queue (or has ended, on a machine so loaded that
        // the worker's wait ran out first; the assertions below then still tell)
        while (closer.getState() != Thread.State.WAITING && closer.isAlive()) {
            Thread.sleep(5);
        }
        release.countDown();
        closer.join(5000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(taken).containsExactly(1); // the batches still queued at close are dropped
    }

    @Test
    void anInterruptedCallerStillQueuesAndKeepsItsInterrupt() {
        List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
        try (BatchWorker<Integer> worker = new BatchWorker<>(taken::add)) {
            Thread.currentThread().interrupt();
            worker.submit(7);
            assertThat(worker.finish()).isNull();
            assertThat(Thread.interrupted()).isTrue();
            assertThat(taken).containsExactly(7);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            // generous: a loaded CI machine may starve the test thread; a lost wake-up still ends
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

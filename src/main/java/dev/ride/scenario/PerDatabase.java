package dev.ride.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one task per scenario database, a few at a time, each on its own connection. Creating,
 * copying and reading databases are independent per database, so a reset or a submit costs about
 * one database's time instead of the sum.
 */
public final class PerDatabase {

    /** Enough to overlap connection set-up and copies without crowding a small machine. */
    private static final int PARALLELISM = 4;

    private PerDatabase() {
    }

    /**
     * @param task throws only unchecked exceptions, already worded for the user
     * @return each database's result, in the order of {@code databases}
     * @throws RuntimeException the first failure in database order, once every task has ended
     */
    public static <T> Map<String, T> run(List<String> databases, Function<String, T> task) {
        if (databases.isEmpty()) {
            return Map.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(databases.size(), PARALLELISM), r -> {
            Thread t = new Thread(r, "ride-per-database");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (String db : databases) {
                futures.add(pool.submit(() -> task.apply(db)));
            }
            Map<String, T> results = new LinkedHashMap<>();
            RuntimeException failure = null;
            for (int i = 0; i < databases.size(); i++) {
                try {
                    results.put(databases.get(i), futures.get(i).get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working on " + databases, e);
        } finally {
            pool.shutdownNow();
        }
    }
}

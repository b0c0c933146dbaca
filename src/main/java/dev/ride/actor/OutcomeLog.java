package dev.ride.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every statement outcome of one actor as (monotonic time, code): code 0 is a success, code k > 0
 * the k-th SQLSTATE seen. Twelve bytes an outcome, so counting "since" any moment is exact, even
 * a moment chosen after the fact (the scorer decides which learner statement was the fix at
 * :submit). Beyond {@link #CAPACITY} outcomes (about 14 hours at 20/s) the older half is dropped,
 * and counts reach back only that far. Not thread-safe: {@link ActorCounters} guards it.
 */
final class OutcomeLog {

    static final int CAPACITY = 1_000_000;

    private final List<String> sqlStates = new ArrayList<>();
    private long[] times = new long[1024];
    private int[] codes = new int[1024];
    private int size;

    void add(long nanos, String sqlState) {
        int code = 0;
        if (sqlState != null) {
            code = sqlStates.indexOf(sqlState) + 1;
            if (code == 0) {
                sqlStates.add(sqlState);
                code = sqlStates.size();
            }
        }
        if (size == times.length) {
            if (size >= CAPACITY) {
                int keep = size / 2;
                System.arraycopy(times, size - keep, times, 0, keep);
                System.arraycopy(codes, size - keep, codes, 0, keep);
                size = keep;
            } else {
                times = Arrays.copyOf(times, size * 2);
                codes = Arrays.copyOf(codes, size * 2);
            }
        }
        times[size] = nanos;
        codes[size] = code;
        size++;
    }

    /** Counts of the outcomes at or after {@code fromNanos}. */
    Summary since(long fromNanos) {
        Summary s = new Summary();
        for (int i = first(fromNanos); i < size; i++) {
            if (codes[i] == 0) {
                s.successes++;
                s.lastSuccessNanos = times[i];
            } else {
                s.errors.merge(sqlStates.get(codes[i] - 1), 1L, Long::sum);
                if (s.firstFailureNanos == null) {
                    s.firstFailureNanos = times[i];
                }
                s.lastErrorState = sqlStates.get(codes[i] - 1);
            }
        }
        return s;
    }

    /** Index of the first outcome at or after {@code fromNanos} (times only grow). */
    private int first(long fromNanos) {
        if (fromNanos == Long.MIN_VALUE) {
            return 0;
        }
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] - fromNanos < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    static final class Summary {
        long successes;
        final java.util.Map<String, Long> errors = new java.util.TreeMap<>();
        Long lastSuccessNanos;
        Long firstFailureNanos;
        String lastErrorState;
    }
}

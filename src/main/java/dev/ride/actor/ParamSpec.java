package dev.ride.actor;

import java.util.List;

/**
 * How a workload draws the value of one {@code $n} parameter per iteration. Iterations are numbered
 * from 1 across all of an actor's connections; the numbered generators use that number, so two
 * params with the same {@code row_of} query take their values from the same row.
 */
public sealed interface ParamSpec {

    /** {@code {seq: from N}}: N, N+1, N+2, ... (N + iteration - 1). */
    record Seq(long from) implements ParamSpec {
    }

    /** {@code {int: [lo, hi]}}: a uniformly random whole number, both ends included. */
    record IntRange(long low, long high) implements ParamSpec {
    }

    /** {@code {pick: [a, b, c]}}: one of the values, at random (strings, numbers or booleans). */
    record Pick(List<Object> values) implements ParamSpec {
        public Pick {
            values = List.copyOf(values);
        }
    }

    /** {@code {text: "order-{seq}"}}: the template with {@code {seq}} replaced by the iteration number. */
    record Text(String template) implements ParamSpec {
    }

    /**
     * {@code {row_of: "select id, email from customers", column: email}}: the query runs once, as
     * the actor, when it starts; iteration k takes row (k - 1) modulo the row count. The column is
     * the first one unless named. Values are bound as untyped text, so the server gives them the
     * type their place in the statement asks for.
     */
    record RowOf(String query, String column) implements ParamSpec {
    }
}

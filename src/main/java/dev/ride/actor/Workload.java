package dev.ride.actor;

import java.util.List;

/**
 * An application's traffic: each iteration draws one value per {@link ParamSpec} and runs every
 * statement in order ({@code $1} is the first param's value), at {@code rate} iterations per second
 * for the whole actor, spread over {@code concurrency} connections.
 *
 * @param transaction    when true an iteration is one transaction (committed, or rolled back at the
 *                       first error); otherwise every statement commits on its own
 * @param serverPrepared when true (pgjdbc's default) a statement run five times on a connection
 *                       becomes a named server-side prepared statement; false keeps every run
 *                       unnamed ({@code prepareThreshold=0}), as an application behind PgBouncer's
 *                       transaction pooling is configured, so that its server connections can change
 *                       between transactions without "prepared statement S_1 does not exist"
 */
public record Workload(List<String> statements, List<ParamSpec> params, Rate rate, int concurrency, boolean transaction,
        boolean serverPrepared) implements Behaviour {

    public Workload {
        statements = List.copyOf(statements);
        params = List.copyOf(params);
    }

    /** A workload with the driver's default: statements prepared on the server after five runs. */
    public Workload(List<String> statements, List<ParamSpec> params, Rate rate, int concurrency, boolean transaction) {
        this(statements, params, rate, concurrency, transaction, true);
    }
}

package dev.ride.actor;

import java.util.List;

/**
 * An application's traffic: each iteration draws one value per {@link ParamSpec} and runs every
 * statement in order ({@code $1} is the first param's value), at {@code rate} iterations per second
 * for the whole actor, spread over {@code concurrency} connections.
 *
 * @param transaction when true an iteration is one transaction (committed, or rolled back at the
 *                    first error); otherwise every statement commits on its own
 */
public record Workload(List<String> statements, List<ParamSpec> params, Rate rate, int concurrency, boolean transaction)
        implements Behaviour {

    public Workload {
        statements = List.copyOf(statements);
        params = List.copyOf(params);
    }
}

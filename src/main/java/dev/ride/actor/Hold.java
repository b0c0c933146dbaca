package dev.ride.actor;

import java.util.List;

/**
 * Statements run once, in order, on one session that then stays: idle in transaction, a held
 * lock, a long-running query, a prepared transaction, an open REPEATABLE READ snapshot. A last
 * statement that blocks on a lock is normal: the actor is then a waiter in the lock queue.
 * Statements run as plain SQL text (no parameters), one round trip each.
 */
public record Hold(List<String> statements) implements Behaviour {

    public Hold {
        statements = List.copyOf(statements);
    }
}

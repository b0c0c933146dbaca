package dev.ride.drill;

import dev.ride.sandbox.Sandbox;
import dev.ride.score.StatementHistory;
import dev.ride.shell.ShellHost.ExecutedInput;
import dev.ride.sql.StatementEffect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads pg_stat_statements at the learner's first change in each database: what it held then was
 * run before the change. PostgreSQL 15 keeps no time per statement, so this snapshot is how the
 * scorer tells evidence seen only there (work in another client, the catalog queries of a real
 * psql's \d) from evidence taken after the fix. One read per database and reset, on the statement
 * that changed something; nothing is read for statements that only look.
 */
final class FirstChanges {

    private final Sandbox sandbox;
    private final Supplier<Set<String>> applicationRoles;
    private final Map<String, List<String>> statements = new HashMap<>();

    FirstChanges(Sandbox sandbox, Supplier<Set<String>> applicationRoles) {
        this.sandbox = sandbox;
        this.applicationRoles = applicationRoles;
    }

    synchronized void executed(ExecutedInput input) {
        if (!input.succeeded() || statements.containsKey(input.database()) || !StatementEffect.changes(input.text())) {
            return;
        }
        statements.put(input.database(), StatementHistory.read(sandbox, input.database(), applicationRoles.get()));
    }

    /** A reset puts the databases back and clears the statistics: the next change is a first one again. */
    synchronized void reset() {
        statements.clear();
    }

    synchronized Map<String, List<String>> statements() {
        return Map.copyOf(statements);
    }
}

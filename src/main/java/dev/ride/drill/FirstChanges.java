package dev.ride.drill;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.Sandbox;
import dev.ride.score.Evidence;
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
 *
 * <p>In a topology an operator move (an {@code :action}, a change on the pooler's admin console)
 * changes every database, wherever it was typed: every database not read yet is read then, before
 * an action runs (a crashed server keeps no statistics) and after a console command (which leaves
 * the server's statistics alone). Otherwise a look in a database after the move, with no change
 * typed there, would still count as evidence through pg_stat_statements.
 */
final class FirstChanges {

    private final Sandbox sandbox;
    private final List<String> databases;
    private final Supplier<Set<String>> applicationRoles;
    private final Map<String, List<String>> statements = new HashMap<>();

    /** @param databases the scenario's databases, read at an operator move */
    FirstChanges(Sandbox sandbox, List<String> databases, Supplier<Set<String>> applicationRoles) {
        this.sandbox = sandbox;
        this.databases = List.copyOf(databases);
        this.applicationRoles = applicationRoles;
    }

    synchronized void executed(ExecutedInput input) {
        if (!input.succeeded()) {
            return;
        }
        if (Endpoint.POOLER_ADMIN_DATABASE.equals(input.database())) {
            if (Evidence.consoleChange(input.text())) {
                keep(beforeOperatorMove());
            }
            return;
        }
        if (statements.containsKey(input.database()) || !StatementEffect.changes(input.text())) {
            return;
        }
        statements.put(input.database(), StatementHistory.read(sandbox, input.database(), applicationRoles.get()));
    }

    /**
     * pg_stat_statements of every database not read yet, read before an operator move; {@link #keep}
     * it once the move took effect (a refused action changed nothing).
     */
    synchronized Map<String, List<String>> beforeOperatorMove() {
        Map<String, List<String>> read = new HashMap<>();
        for (String db : databases) {
            if (!statements.containsKey(db)) {
                read.put(db, StatementHistory.read(sandbox, db, applicationRoles.get()));
            }
        }
        return read;
    }

    /** The reads of {@link #beforeOperatorMove}, for the databases that have none yet. */
    synchronized void keep(Map<String, List<String>> read) {
        read.forEach(statements::putIfAbsent);
    }

    /** A reset puts the databases back and clears the statistics: the next change is a first one again. */
    synchronized void reset() {
        statements.clear();
    }

    synchronized Map<String, List<String>> statements() {
        return Map.copyOf(statements);
    }
}

package dev.ride.scenario;

import java.sql.Statement;
import java.util.List;

import dev.ride.sql.SqlQuoting;

/**
 * A table of statements in the maintenance database, per scenario key, that {@code :reset} runs
 * to put back what recreating the databases from their templates does not: the setup's roles
 * ({@link RoleSnapshot}), the databases' own attributes ({@link DatabaseAttributes}).
 */
final class ResetStatements {

    private final String table;

    /** @param table the schema-qualified table, in schema {@code ride} */
    ResetStatements(String table) {
        this.table = table;
    }

    /** Writes {@code statements} for {@code key}, in order, replacing the key's earlier ones. */
    void replace(Statement s, String key, List<String> statements) {
        ServerAdmin.execute(s, "CREATE SCHEMA IF NOT EXISTS ride", "cannot create the schema ride");
        ServerAdmin.execute(s, "CREATE TABLE IF NOT EXISTS " + table + " (scenario text, seq int, statement text)",
                "cannot create " + table);
        forget(s, key);
        for (int i = 0; i < statements.size(); i++) {
            ServerAdmin.execute(s, "INSERT INTO " + table + " VALUES (" + SqlQuoting.literal(key) + ", " + i + ", "
                    + SqlQuoting.literal(statements.get(i)) + ")", "cannot write " + table);
        }
    }

    /**
     * Runs the statements of {@code key}, if the server has them (an install by an older ride has
     * none); {@code what} names what one of them restores, for its error message.
     */
    void run(Statement s, String key, String what) {
        if (ServerAdmin.strings(s, "SELECT to_regclass('" + table + "')::text", "cannot look for " + table).get(0) == null) {
            return;
        }
        for (String statement : ServerAdmin.strings(s, "SELECT statement FROM " + table + " WHERE scenario = "
                + SqlQuoting.literal(key) + " ORDER BY seq", "cannot read " + table)) {
            ServerAdmin.execute(s, statement, "cannot restore " + what);
        }
    }

    /** Forgets the statements of {@code key} (uninstall, or before new ones). */
    void forget(Statement s, String key) {
        ServerAdmin.execute(s, "DO $ride$ BEGIN IF to_regclass('" + table + "') IS NOT NULL THEN DELETE FROM " + table
                + " WHERE scenario = " + SqlQuoting.literal(key) + "; END IF; END $ride$", "cannot clear " + table);
    }
}

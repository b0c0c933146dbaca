package dev.ride.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.postgresql.util.PSQLException;

import dev.ride.sandbox.Sandbox;
import dev.ride.sql.SqlScript;
import dev.ride.sandbox.SandboxException;

/**
 * Runs a scenario's setup SQL in one of its databases, file by file and statement by statement,
 * so that a failure names the setup file and the line the server pointed at.
 */
final class SetupRunner {

    private SetupRunner() {
    }

    /**
     * Runs every setup file of {@code db} in it, then creates pg_stat_statements there.
     *
     * @throws ScenarioException naming the setup file and line when a statement fails
     * @throws SandboxException  when the database cannot be reached
     */
    static void run(Sandbox sandbox, Scenario scenario, String db) {
        try (Connection c = sandbox.connect(db); Statement s = c.createStatement()) {
            // The text goes to the server as written, so error positions map back to file lines.
            s.setEscapeProcessing(false);
            for (Path file : scenario.setup().filesFor(db)) {
                runFile(s, file, db);
            }
            ServerAdmin.execute(s, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements",
                    "cannot create pg_stat_statements in " + db);
        } catch (SQLException e) {
            throw new SandboxException("Cannot connect to database " + db + " in the sandbox: " + e.getMessage(), e);
        }
    }

    private static void runFile(Statement s, Path file, String db) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        List<SqlScript.Statement> statements;
        try {
            statements = SqlScript.split(text);
        } catch (SqlScript.MetaCommandInScript e) {
            throw new ScenarioException(file, e.line(), e.getMessage(), e);
        }
        for (SqlScript.Statement statement : statements) {
            try {
                s.execute(statement.sql());
            } catch (SQLException e) {
                throw new ScenarioException(file, errorLine(text, statement, e),
                        ServerAdmin.serverMessage(e) + " (in database " + db + ")", e);
            }
        }
    }

    /** The line of the server's error cursor when it gave one, else the statement's first line. */
    private static int errorLine(String text, SqlScript.Statement statement, SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null && p.getServerErrorMessage().getPosition() > 0) {
            return SqlScript.lineAt(text, statement.offset() + p.getServerErrorMessage().getPosition() - 1);
        }
        return statement.line();
    }
}

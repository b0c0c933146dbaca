package dev.ride.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxException;
import dev.ride.sql.SqlQuoting;
import dev.ride.sql.SqlScript;

/**
 * Puts a scenario into a sandbox: its databases, their setup SQL, pg_stat_statements, and a
 * template copy of each database so {@link #reset} can restore the broken state in milliseconds
 * instead of re-running the setup.
 */
public final class ScenarioInstaller {

    /**
     * Templates show up in a learner's {@code \l}; the prefix (and the comment on each) says what
     * they are. Scenario database names may not start with it.
     */
    public static final String TEMPLATE_PREFIX = "ride_template_";

    /** Changes whenever what {@link #install} builds from the same files changes (for prepared-state caches). */
    private static final String INSTALL_VERSION = "ride-install-3";

    /** How every template's comment starts: what marks a database as ride's on a shared server. */
    static final String TEMPLATE_COMMENT_PREFIX = "ride: ";

    /** Solution transcripts and their cards: what a learner might type, not what is installed. */
    private static final String SOLUTIONS_FOLDER = "solutions";

    static final String MAINTENANCE_DATABASE = "postgres";

    private ScenarioInstaller() {
    }

    public static String templateName(String database) {
        return TEMPLATE_PREFIX + database;
    }

    /**
     * Puts the scenario's broken state on the server, from what is already there when it can.
     * <p>
     * ride never stops an external server and leaves a drill's databases on it, so a server may
     * already hold this scenario: if every template carries this install's fingerprint, the
     * databases are recreated from them as {@link #reset} does, and no setup SQL runs. Templates
     * of another state (the scenario changed, or an install stopped half-way) are dropped with
     * their databases and the scenario installed again. A scenario database ride has no template
     * of is someone else's: it is left alone and the install refused. On a fresh server (docker,
     * embedded) all this costs one query.
     *
     * @throws ScenarioException naming the setup file and line when setup SQL fails
     * @throws SandboxException when the sandbox cannot be reached, or holds a scenario database
     *                          ride did not make
     */
    public static void install(Sandbox sandbox, Scenario scenario) {
        install(sandbox, scenario, fingerprint(scenario));
    }

    /** As {@link #install(Sandbox, Scenario)}, with the scenario's {@link #fingerprint} already known. */
    public static void install(Sandbox sandbox, Scenario scenario, String fingerprint) {
        ServerContents found = ServerContents.read(sandbox, scenario.databases());
        List<String> foreign = found.foreignDatabases();
        if (!foreign.isEmpty()) {
            throw new SandboxException(notOurs(foreign, sandbox));
        }
        if (found.holdsState(fingerprint)) {
            reset(sandbox, scenario);
            return;
        }
        if (found.holdsAnyTemplate()) {
            // Every database left here has a ride template (else it was foreign): all ride's.
            uninstall(sandbox, scenario);
        }
        installFromScratch(sandbox, scenario, fingerprint);
    }

    /**
     * Creates every database of the scenario (they must not exist yet), runs its setup, creates
     * pg_stat_statements everywhere, makes the :reset templates (their comment names the
     * fingerprint, for the next install on the same server) and clears pg_stat_statements so the
     * setup is not evidence.
     *
     * Databases are built in parallel, each on its own connections.
     */
    private static void installFromScratch(Sandbox sandbox, Scenario scenario, String fingerprint) {
        PerDatabase.run(scenario.databases(), db -> {
            admin(sandbox, s -> execute(s, "CREATE DATABASE " + db, "cannot create database " + db));
            runSetup(sandbox, scenario, db);
            String template = templateName(db);
            admin(sandbox, s -> {
                execute(s, "CREATE DATABASE " + template + " TEMPLATE " + db, "cannot copy " + db + " to " + template);
                execute(s, "COMMENT ON DATABASE " + template + " IS " + SqlQuoting.literal(templateComment(db, fingerprint)),
                        "cannot comment on " + template);
                execute(s, "ALTER DATABASE " + template + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false",
                        "cannot mark " + template + " as a template");
            });
            return db;
        });
        admin(sandbox, s -> {
            execute(s, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements", "cannot create pg_stat_statements");
            execute(s, "SELECT pg_stat_statements_reset()", "cannot reset pg_stat_statements");
        });
    }

    /**
     * What a learner sees next to the template in {@code \l+}, and what {@link #install} reads
     * back: the fingerprint says which state the copy holds. (Database names and fingerprints
     * need no quoting.)
     */
    static String templateComment(String db, String fingerprint) {
        return TEMPLATE_COMMENT_PREFIX + "pristine copy of " + db + " for :reset (state " + fingerprint + ")";
    }

    private static String notOurs(List<String> foreign, Sandbox sandbox) {
        String server = sandbox.host() + ":" + sandbox.port();
        if (foreign.size() == 1) {
            return "database " + foreign.get(0) + " already exists on " + server
                    + " and ride did not make it: drop it, or use another server.";
        }
        return "databases " + String.join(", ", foreign) + " already exist on " + server
                + " and ride did not make them: drop them, or use another server.";
    }

    /**
     * Back to the broken state: drops each scenario database (terminating its sessions, the
     * shell's included: it must reconnect) and recreates it from its template.
     */
    public static void reset(Sandbox sandbox, Scenario scenario) {
        // Ending every session first lets them all exit together instead of DROP ... FORCE
        // waiting for each database's sessions in turn.
        admin(sandbox, s -> execute(s, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN ("
                + quotedList(scenario.databases()) + ") AND pid <> pg_backend_pid()", "cannot end sessions"));
        PerDatabase.run(scenario.databases(), db -> {
            admin(sandbox, s -> {
                execute(s, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)", "cannot drop " + db);
                execute(s, "CREATE DATABASE " + db + " TEMPLATE " + templateName(db), "cannot recreate " + db);
            });
            return db;
        });
        admin(sandbox, s -> execute(s, "SELECT pg_stat_statements_reset()", "cannot reset pg_stat_statements"));
    }

    /** Drops the scenario's databases and templates, if present (for servers ride does not throw away). */
    public static void uninstall(Sandbox sandbox, Scenario scenario) {
        try (Connection admin = sandbox.connect(MAINTENANCE_DATABASE); Statement s = admin.createStatement()) {
            for (String db : scenario.databases()) {
                String template = templateName(db);
                execute(s, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)", "cannot drop " + db);
                if (exists(admin, template)) {
                    // a template cannot be dropped
                    execute(s, "ALTER DATABASE " + template + " WITH IS_TEMPLATE false", "cannot unmark " + template);
                    execute(s, "DROP DATABASE " + template, "cannot drop " + template);
                }
            }
        } catch (SQLException e) {
            throw new SandboxException("Cannot connect to the sandbox: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection admin, String database) throws SQLException {
        try (PreparedStatement p = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            p.setString(1, database);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The fingerprint of a loaded scenario: that of its folder. */
    public static String fingerprint(Scenario scenario) {
        return fingerprint(scenario.folder());
    }

    /**
     * A hash of everything {@link #install} can build from, read straight from the scenario's
     * folder: the manifest (database names, which setup files) and every other file in it except
     * the solution transcripts. Setup files must lie inside the folder (the manifest check refuses
     * others), so no change that matters is missed; a change to a hint only costs one cold start.
     * It needs no YAML parsing, so a warm start can begin before the manifest is parsed.
     */
    public static String fingerprint(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk
                    .filter(Files::isRegularFile)
                    .filter(f -> !folder.relativize(f).startsWith(SOLUTIONS_FOLDER))
                    .sorted()
                    .toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, INSTALL_VERSION);
            for (Path file : files) {
                // '/' on every system, so a cache made on one machine means the same on another
                update(sha, folder.relativize(file).toString().replace('\\', '/'));
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | UncheckedIOException e) {
            throw new ScenarioException(folder.resolve(ScenarioLoader.MANIFEST), 0,
                    "cannot read the scenario's files: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void runSetup(Sandbox sandbox, Scenario scenario, String db) {
        try (Connection c = sandbox.connect(db); Statement s = c.createStatement()) {
            // The text goes to the server as written, so error positions map back to file lines.
            s.setEscapeProcessing(false);
            for (Path file : scenario.setup().filesFor(db)) {
                runFile(s, file, db);
            }
            execute(s, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements", "cannot create pg_stat_statements in " + db);
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
                throw new ScenarioException(file, errorLine(text, statement, e), serverMessage(e) + " (in database " + db + ")", e);
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

    private static String serverMessage(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            return m.getSeverity() + ":  " + m.getMessage();
        }
        return e.getMessage();
    }

    /** Statements ride itself writes: a failure is the sandbox's problem, not a file's. */
    private static void execute(Statement s, String sql, String what) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new ScenarioException(null, 0, what + ": " + serverMessage(e), e);
        }
    }

    private interface AdminWork {
        void run(Statement s);
    }

    /** Runs {@code work} over a fresh connection to the maintenance database. */
    private static void admin(Sandbox sandbox, AdminWork work) {
        try (Connection admin = sandbox.connect(MAINTENANCE_DATABASE); Statement s = admin.createStatement()) {
            work.run(s);
        } catch (SQLException e) {
            throw new SandboxException("Cannot connect to the sandbox: " + e.getMessage(), e);
        }
    }

    private static String quotedList(List<String> names) {
        return String.join(", ", names.stream().map(SqlQuoting::literal).toList());
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}

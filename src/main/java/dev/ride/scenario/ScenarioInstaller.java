package dev.ride.scenario;

import static dev.ride.scenario.ServerAdmin.execute;
import static dev.ride.scenario.ServerAdmin.onMaintenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxException;
import dev.ride.sql.SqlQuoting;
import dev.ride.sql.SqlScript;

/**
 * Puts a scenario into a sandbox: its databases, their setup SQL, pg_stat_statements, and a
 * template copy of each database so {@link #reset} can restore the broken state in milliseconds
 * instead of re-running the setup.
 * <p>
 * It orchestrates: {@link ServerContents} says what the server already holds, {@link SetupRunner}
 * runs the setup SQL, {@link ResetTemplate} names the templates and {@link ScenarioFingerprint}
 * the state they hold.
 */
public final class ScenarioInstaller {

    private ScenarioInstaller() {
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
        install(sandbox, scenario, ScenarioFingerprint.of(scenario));
    }

    /** As {@link #install(Sandbox, Scenario)}, with the scenario's {@link ScenarioFingerprint} already known. */
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
        List<String> rolesBefore = new java.util.ArrayList<>();
        onMaintenance(sandbox, s -> rolesBefore.addAll(RoleSnapshot.roleNames(s)));
        PerDatabase.run(scenario.databases(), db -> {
            // an encoding or locale of its own when the scenario asks; a copy from a template (the
            // :reset template, and the database again from it) keeps them
            onMaintenance(sandbox, s -> execute(s, "CREATE DATABASE " + db + scenario.setup().createClause(db),
                    "cannot create database " + db));
            SetupRunner.run(sandbox, scenario, db);
            String template = ResetTemplate.nameFor(db);
            onMaintenance(sandbox, s -> {
                execute(s, "CREATE DATABASE " + template + " TEMPLATE " + db + fileCopy(s), "cannot copy " + db + " to " + template);
                DatabaseSettings.copy(s, db, template); // the database's own settings stay with the copy
                execute(s, "COMMENT ON DATABASE " + template + " IS " + SqlQuoting.literal(ResetTemplate.comment(db, fingerprint)),
                        "cannot comment on " + template);
                execute(s, "ALTER DATABASE " + template + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false",
                        "cannot mark " + template + " as a template");
            });
            return db;
        });
        onMaintenance(sandbox, s -> {
            List<String> madeBySetup = new java.util.ArrayList<>(RoleSnapshot.roleNames(s));
            madeBySetup.removeAll(rolesBefore);
            RoleSnapshot.take(s, snapshotKey(scenario), madeBySetup);
            DatabaseAttributes.take(s, snapshotKey(scenario), scenario.databases());
            ServerSettingsSnapshot.take(s, snapshotKey(scenario));
            execute(s, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements", "cannot create pg_stat_statements");
            execute(s, "SELECT pg_stat_statements_reset()", "cannot reset pg_stat_statements");
        });
    }

    /**
     * The copy strategy of a :reset template: the files, not the WAL. PostgreSQL 15's default
     * (WAL_LOG) writes every block of the database into the WAL, after the setup: a replication
     * slot the setup made (stage-04/09's live CDC consumer) then started the drill holding all of
     * that (14 MB there) until its consumer's first poll, and a CHECKPOINT typed within that
     * moment kept it. FILE_COPY writes two checkpoints and a record instead (servers before 15
     * copy files anyway, and know no STRATEGY).
     */
    private static String fileCopy(Statement s) {
        try {
            return s.getConnection().getMetaData().getDatabaseMajorVersion() >= 15 ? " STRATEGY FILE_COPY" : "";
        } catch (SQLException e) {
            return "";
        }
    }

    /** Whose {@link RoleSnapshot} it is: the scenario's first database, unique on a server as the databases are. */
    private static String snapshotKey(Scenario scenario) {
        return scenario.databases().get(0);
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
     * shell's included: it must reconnect) and recreates it from its template, with the
     * template's copy of the database's settings ({@link DatabaseSettings}), and puts the roles
     * the setup made back as it left them ({@link RoleSnapshot}): roles belong to the server, and
     * a learner's change to one would otherwise outlive the reset. Then the databases' own
     * connection limit, ALLOW_CONNECTIONS and privileges ({@link DatabaseAttributes}), which a
     * copy from a template does not carry, and the server's settings ({@link ServerSettingsSnapshot}).
     */
    public static void reset(Sandbox sandbox, Scenario scenario) {
        // Ending every session first lets them all exit together instead of DROP ... FORCE
        // waiting for each database's sessions in turn.
        onMaintenance(sandbox, s -> execute(s, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN ("
                + quotedList(scenario.databases()) + ") AND pid <> pg_backend_pid()", "cannot end sessions"));
        PerDatabase.run(scenario.databases(), db -> {
            onMaintenance(sandbox, s -> {
                execute(s, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)", "cannot drop " + db);
                execute(s, "CREATE DATABASE " + db + " TEMPLATE " + ResetTemplate.nameFor(db), "cannot recreate " + db);
                DatabaseSettings.copy(s, ResetTemplate.nameFor(db), db);
            });
            return db;
        });
        onMaintenance(sandbox, s -> {
            RoleSnapshot.restore(s, snapshotKey(scenario));
            DatabaseAttributes.restore(s, snapshotKey(scenario)); // after the roles its privileges name
            ServerSettingsSnapshot.restore(s, snapshotKey(scenario));
            execute(s, "SELECT pg_stat_statements_reset()", "cannot reset pg_stat_statements");
        });
    }

    /** Drops the scenario's databases and templates, if present (for servers ride does not throw away). */
    public static void uninstall(Sandbox sandbox, Scenario scenario) {
        try (Connection admin = sandbox.connect(ServerAdmin.MAINTENANCE_DATABASE); Statement s = admin.createStatement()) {
            RoleSnapshot.forget(s, snapshotKey(scenario));
            DatabaseAttributes.forget(s, snapshotKey(scenario));
            ServerSettingsSnapshot.forget(s, snapshotKey(scenario));
            for (String db : scenario.databases()) {
                String template = ResetTemplate.nameFor(db);
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

    private static String quotedList(List<String> names) {
        return String.join(", ", names.stream().map(SqlQuoting::literal).toList());
    }
}

package dev.ride.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.ride.sql.SqlQuoting;

/**
 * The server's own settings as the setup left them ({@code ALTER SYSTEM}: a missing archive
 * directory, a tiny {@code max_connections}), so that {@code :reset} puts them back. Settings belong
 * to the server, not to a database: recreating the databases from their templates leaves a
 * learner's {@code ALTER SYSTEM SET archive_command = …} in force, and the drill would start
 * over already fixed.
 * <p>
 * At install the restoring statements are written to {@code ride.reset_settings} in the
 * maintenance database, keyed as {@link RoleSnapshot}'s are: {@code ALTER SYSTEM RESET ALL}, one
 * {@code ALTER SYSTEM SET} per line of {@code postgresql.auto.conf}, and a reload. A setting that
 * takes effect only at a restart was never in effect after the learner's change either (a
 * one-server drill offers no restart), so the reload is all a reset needs. A role that may not
 * change the server's settings (an external server's non-superuser) has nothing written: there
 * the reset cannot undo them, and never could.
 */
final class ServerSettingsSnapshot {

    static final String TABLE = "ride.reset_settings";
    private static final ResetStatements STORED = new ResetStatements(TABLE);

    private ServerSettingsSnapshot() {
    }

    /** Writes the restoring statements for the scenario keyed {@code key}, replacing earlier ones. */
    static void take(Statement s, String key) {
        STORED.replace(s, key, restoring(s));
    }

    /** Runs the statements of {@code key}, if the server has them (an install by an older ride has none). */
    static void restore(Statement s, String key) {
        STORED.run(s, key, "the server's settings");
    }

    /** Forgets the statements of {@code key} (uninstall, or before a new snapshot). */
    static void forget(Statement s, String key) {
        STORED.forget(s, key);
    }

    /** What makes the server's {@code postgresql.auto.conf} what it is now; none for a role that cannot. */
    static List<String> restoring(Statement s) {
        List<String> out = new ArrayList<>();
        try {
            if (!ServerAdmin.strings(s, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user",
                    "cannot read the role's attributes").get(0).equals("true")) {
                return out;
            }
            out.add("ALTER SYSTEM RESET ALL");
            // the last line of each name wins, as the server reads the file
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT ON (name) name, setting FROM pg_file_settings"
                    + " WHERE sourcefile LIKE '%postgresql.auto.conf' AND error IS NULL ORDER BY name, seqno DESC")) {
                while (rs.next()) {
                    out.add("ALTER SYSTEM SET " + SqlQuoting.identifier(rs.getString(1)) + " = "
                            + SqlQuoting.literal(rs.getString(2)));
                }
            }
            out.add("SELECT pg_reload_conf()");
            return out;
        } catch (SQLException e) {
            throw new ScenarioException(null, 0, "cannot read the server's settings: " + ServerAdmin.serverMessage(e), e);
        }
    }
}

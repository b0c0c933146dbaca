package dev.ride.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.ride.sql.SqlQuoting;

/**
 * Copies the settings a database carries ({@code ALTER DATABASE d SET ...} and {@code ALTER ROLE r
 * IN DATABASE d SET ...}, kept in pg_db_role_setting) from one database to another.
 * <p>
 * CREATE DATABASE ... TEMPLATE copies a database's contents but not these settings, so without
 * this a scenario whose setup sets, say, the database's search_path would lose it at its :reset
 * template and again at every :reset. Each value is applied as the server stored it: set for the
 * moment with set_config (which parses a list such as "scratch, public" as the original SET did),
 * then copied with SET ... FROM CURRENT, both inside one DO statement so that a setting such as
 * statement_timeout cannot cut its own copy short.
 */
final class DatabaseSettings {

    private DatabaseSettings() {
    }

    /** One {@code name=value} of a database, for every role (role null) or for one role there. */
    record Setting(String role, String name, String value) {
    }

    /** Gives {@code to} the settings of {@code from}, over a superuser's statement {@code s}. */
    static void copy(Statement s, String from, String to) {
        for (Setting setting : read(s, from)) {
            String target = setting.role() == null
                    ? "ALTER DATABASE " + SqlQuoting.identifier(to)
                    : "ALTER ROLE " + SqlQuoting.identifier(setting.role()) + " IN DATABASE " + SqlQuoting.identifier(to);
            String alter = target + " SET " + SqlQuoting.identifier(setting.name()) + " FROM CURRENT";
            ServerAdmin.execute(s, "DO $ride$ BEGIN PERFORM set_config(" + SqlQuoting.literal(setting.name()) + ", "
                    + SqlQuoting.literal(setting.value()) + ", true); EXECUTE " + SqlQuoting.literal(alter) + "; END $ride$",
                    "cannot copy the setting " + setting.name() + " of " + from + " to " + to);
        }
    }

    static List<Setting> read(Statement s, String database) {
        List<Setting> settings = new ArrayList<>();
        String sql = "SELECT CASE WHEN d.setrole = 0 THEN NULL ELSE pg_get_userbyid(d.setrole) END, c"
                + " FROM pg_db_role_setting AS d, unnest(d.setconfig) WITH ORDINALITY AS u(c, n)"
                + " WHERE d.setdatabase = (SELECT oid FROM pg_database WHERE datname = " + SqlQuoting.literal(database) + ")"
                + " ORDER BY d.setrole, u.n";
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String config = rs.getString(2);
                int eq = config.indexOf('=');
                settings.add(new Setting(rs.getString(1), config.substring(0, eq), config.substring(eq + 1)));
            }
        } catch (SQLException e) {
            throw new ScenarioException(null, 0, "cannot read the settings of " + database + ": "
                    + ServerAdmin.serverMessage(e), e);
        }
        return settings;
    }
}

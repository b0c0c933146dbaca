package dev.ride.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.ride.sql.SqlQuoting;

/**
 * The roles a scenario's setup made, as the setup left them, so that {@code :reset} puts them back.
 * <p>
 * Roles belong to the server, not to a database: recreating the databases from their templates
 * leaves a learner's {@code ALTER ROLE app NOSUPERUSER}, {@code ALTER ROLE deploy SET lock_timeout},
 * a new password or a revoked membership in place, and the drill would no longer start broken.
 * At install, the statements that restore each role the setup created (attributes, password hash,
 * VALID UNTIL, its own settings, its memberships) are written to {@code ride.reset_roles} in the
 * maintenance database, keyed by the scenario's first database; {@link #restore} runs them. Only
 * the setup's roles: on a server shared with other work, other roles are not ride's to undo.
 */
final class RoleSnapshot {

    static final String TABLE = "ride.reset_roles";
    private static final ResetStatements STORED = new ResetStatements(TABLE);

    private RoleSnapshot() {
    }

    /** The names of the roles on the server now, system roles aside. */
    static List<String> roleNames(Statement s) {
        return ServerAdmin.strings(s, "SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_' ORDER BY 1", "cannot list the roles");
    }

    /**
     * Writes the restoring statements of {@code roles} (made by the setup) for the scenario keyed
     * {@code key}, replacing an earlier snapshot of that key.
     */
    static void take(Statement s, String key, List<String> roles) {
        List<String> statements = new ArrayList<>();
        for (String role : roles) {
            statements.addAll(restoring(s, role));
        }
        for (String role : roles) {
            statements.addAll(memberships(s, role, roles));
        }
        STORED.replace(s, key, statements);
    }

    /** Runs the snapshot of {@code key}, if the server has one (an install by an older ride has none). */
    static void restore(Statement s, String key) {
        STORED.run(s, key, "a role of the scenario");
    }

    /** Forgets the snapshot of {@code key} (uninstall). */
    static void forget(Statement s, String key) {
        STORED.forget(s, key);
    }

    /** Create it if dropped, its attributes, password and expiry, then its own settings only. */
    private static List<String> restoring(Statement s, String role) {
        String name = SqlQuoting.identifier(role);
        List<String> out = new ArrayList<>();
        out.add("DO $ride$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + SqlQuoting.literal(role)
                + ") THEN CREATE ROLE " + name + "; END IF; END $ride$");
        String sql = "SELECT rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls,"
                + " rolconnlimit, rolpassword, rolvaliduntil::text FROM pg_authid WHERE rolname = " + SqlQuoting.literal(role);
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            String password = rs.getString(9);
            String validUntil = rs.getString(10);
            out.add("ALTER ROLE " + name + " WITH"
                    + flag(rs.getBoolean(1), "SUPERUSER") + flag(rs.getBoolean(2), "INHERIT")
                    + flag(rs.getBoolean(3), "CREATEROLE") + flag(rs.getBoolean(4), "CREATEDB")
                    + flag(rs.getBoolean(5), "LOGIN") + flag(rs.getBoolean(6), "REPLICATION")
                    + flag(rs.getBoolean(7), "BYPASSRLS") + " CONNECTION LIMIT " + rs.getInt(8)
                    // the stored hash is given back as it is: the server keeps a SCRAM secret unchanged
                    + " PASSWORD " + (password == null ? "NULL" : SqlQuoting.literal(password))
                    + " VALID UNTIL " + SqlQuoting.literal(validUntil == null ? "infinity" : validUntil));
        } catch (SQLException e) {
            throw new ScenarioException(null, 0, "cannot read the role " + role + ": " + ServerAdmin.serverMessage(e), e);
        }
        out.add("ALTER ROLE " + name + " RESET ALL");
        for (String config : ServerAdmin.strings(s, "SELECT c FROM pg_db_role_setting AS d, unnest(d.setconfig) WITH ORDINALITY AS u(c, n)"
                + " WHERE d.setdatabase = 0 AND d.setrole = (SELECT oid FROM pg_roles WHERE rolname = "
                + SqlQuoting.literal(role) + ") ORDER BY u.n", "cannot read the settings of " + role)) {
            int eq = config.indexOf('=');
            String alter = "ALTER ROLE " + name + " SET " + SqlQuoting.identifier(config.substring(0, eq)) + " FROM CURRENT";
            // as DatabaseSettings does: set for the moment, then copied, so a list stays a list
            out.add("DO $ride$ BEGIN PERFORM set_config(" + SqlQuoting.literal(config.substring(0, eq)) + ", "
                    + SqlQuoting.literal(config.substring(eq + 1)) + ", true); EXECUTE " + SqlQuoting.literal(alter)
                    + "; END $ride$");
        }
        return out;
    }

    /** Revokes every membership of {@code role} in another role, then grants back the setup's. */
    private static List<String> memberships(Statement s, String role, List<String> roles) {
        String literal = SqlQuoting.literal(role);
        List<String> out = new ArrayList<>();
        out.add("DO $ride$ DECLARE r record; BEGIN FOR r IN SELECT g.rolname AS granted FROM pg_auth_members AS m"
                + " JOIN pg_roles AS g ON g.oid = m.roleid JOIN pg_roles AS u ON u.oid = m.member WHERE u.rolname = "
                + literal + " LOOP EXECUTE format('REVOKE %I FROM %I', r.granted, " + literal + "); END LOOP; END $ride$");
        for (String granted : ServerAdmin.strings(s, "SELECT g.rolname || CASE WHEN m.admin_option THEN ' A' ELSE ' -' END"
                + " FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = m.roleid JOIN pg_roles AS u ON u.oid = m.member"
                + " WHERE u.rolname = " + literal + " ORDER BY 1", "cannot read the memberships of " + role)) {
            String name = granted.substring(0, granted.length() - 2);
            out.add("GRANT " + SqlQuoting.identifier(name) + " TO " + SqlQuoting.identifier(role)
                    + (granted.endsWith(" A") ? " WITH ADMIN OPTION" : ""));
        }
        return out;
    }

    private static String flag(boolean on, String word) {
        return " " + (on ? word : "NO" + word);
    }
}

package dev.ride.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.ride.sql.SqlQuoting;

/**
 * The attributes of a scenario's databases that CREATE DATABASE ... TEMPLATE does not copy, as the
 * setup left them, so that {@code :reset} puts them back: the connection limit, whether the
 * database allows connections, and its privileges ({@code GRANT/REVOKE ... ON DATABASE}).
 * <p>
 * A scenario whose incident is a database that turns its application away ({@code ALLOW_CONNECTIONS
 * false}, {@code CONNECTION LIMIT 2}, {@code REVOKE CONNECT}) would otherwise start healthy after
 * its first :reset, and a learner's {@code GRANT} would outlive it. At install the restoring
 * statements are written to {@code ride.reset_databases} in the maintenance database, keyed as
 * {@link RoleSnapshot}'s are; {@link #restore} runs them on the recreated databases (after the
 * roles are back, since a privilege names a role). Only what differs from a fresh database is
 * written: most scenarios have nothing there.
 */
final class DatabaseAttributes {

    static final String TABLE = "ride.reset_databases";
    private static final ResetStatements STORED = new ResetStatements(TABLE);

    private DatabaseAttributes() {
    }

    /** Writes the restoring statements of {@code databases} for the scenario keyed {@code key}, replacing earlier ones. */
    static void take(Statement s, String key, List<String> databases) {
        List<String> statements = new ArrayList<>();
        for (String db : databases) {
            statements.addAll(restoring(s, db));
        }
        STORED.replace(s, key, statements);
    }

    /** Runs the statements of {@code key}, if the server has them (an install by an older ride has none). */
    static void restore(Statement s, String key) {
        STORED.run(s, key, "an attribute of a scenario database");
    }

    /** Forgets the statements of {@code key} (uninstall, or before a new snapshot). */
    static void forget(Statement s, String key) {
        STORED.forget(s, key);
    }

    /**
     * What makes a fresh copy of {@code db} (limit -1, connections allowed, the default privileges)
     * into {@code db} as it is now.
     */
    static List<String> restoring(Statement s, String db) {
        String name = SqlQuoting.identifier(db);
        List<String> out = new ArrayList<>();
        String sql = "SELECT datconnlimit, datallowconn, datacl IS NOT NULL, pg_get_userbyid(datdba)"
                + " FROM pg_database WHERE datname = " + SqlQuoting.literal(db);
        String owner;
        boolean ownAcl;
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            if (rs.getInt(1) != -1) {
                out.add("ALTER DATABASE " + name + " CONNECTION LIMIT " + rs.getInt(1));
            }
            if (!rs.getBoolean(2)) {
                out.add("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
            }
            ownAcl = rs.getBoolean(3);
            owner = rs.getString(4);
        } catch (SQLException e) {
            throw new ScenarioException(null, 0, "cannot read the attributes of " + db + ": " + ServerAdmin.serverMessage(e), e);
        }
        if (ownAcl) {
            // from the defaults (the owner's privileges and PUBLIC's CONNECT, TEMPORARY) to none, then the setup's
            out.add("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
            out.add("REVOKE ALL ON DATABASE " + name + " FROM " + SqlQuoting.identifier(owner));
            out.addAll(ServerAdmin.strings(s, "SELECT 'GRANT ' || a.privilege_type || ' ON DATABASE ' || quote_ident(d.datname) || ' TO '"
                    + " || CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END"
                    + " || CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END"
                    + " FROM pg_database AS d, aclexplode(d.datacl) WITH ORDINALITY AS a"
                    + " WHERE d.datname = " + SqlQuoting.literal(db) + " ORDER BY a.ordinality",
                    "cannot read the privileges of " + db));
        }
        return out;
    }
}

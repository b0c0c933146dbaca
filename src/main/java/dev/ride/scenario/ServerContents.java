package dev.ride.scenario;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxException;

/**
 * Which of a scenario's databases and :reset templates a server already holds, with the
 * templates' comments. Read in one query before an install: on a fresh server it finds nothing,
 * on a server an earlier run left its drill on (the external engine) it tells a warm start from a
 * stale one, and both from someone else's databases.
 */
final class ServerContents {

    private final List<String> databases;
    /** Database name to its comment ("" when it has none), for the names that exist. */
    private final Map<String, String> comments;

    private ServerContents(List<String> databases, Map<String, String> comments) {
        this.databases = databases;
        this.comments = comments;
    }

    static ServerContents read(Sandbox sandbox, List<String> databases) {
        List<String> names = new ArrayList<>(databases);
        databases.forEach(db -> names.add(ResetTemplate.nameFor(db)));
        String sql = "SELECT datname, coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database"
                + " WHERE datname = ANY (?)";
        try (Connection c = sandbox.connect(ServerAdmin.MAINTENANCE_DATABASE);
             PreparedStatement p = c.prepareStatement(sql)) {
            p.setArray(1, c.createArrayOf("text", names.toArray()));
            Map<String, String> comments = new HashMap<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    comments.put(rs.getString(1), rs.getString(2));
                }
            }
            return new ServerContents(databases, comments);
        } catch (SQLException e) {
            throw new SandboxException("Cannot connect to the sandbox: " + e.getMessage(), e);
        }
    }

    /**
     * The scenario's databases (and template names) that exist without a ride template to vouch
     * for them: ride did not make them, so it must neither drop nor reuse them.
     */
    List<String> foreignDatabases() {
        List<String> foreign = new ArrayList<>();
        for (String db : databases) {
            if (hasRideTemplate(db)) {
                continue;
            }
            String template = ResetTemplate.nameFor(db);
            for (String name : List.of(db, template)) {
                if (comments.containsKey(name)) {
                    foreign.add(name);
                }
            }
        }
        return foreign;
    }

    /** Every template is there and holds the state of this fingerprint: a warm start. */
    boolean holdsState(String fingerprint) {
        return databases.stream().allMatch(db ->
                ResetTemplate.comment(db, fingerprint).equals(comments.get(ResetTemplate.nameFor(db))));
    }

    /** At least one of the scenario's databases has a template ride made (of whatever state). */
    boolean holdsAnyTemplate() {
        return databases.stream().anyMatch(this::hasRideTemplate);
    }

    /**
     * A template ride made: the name alone could be anyone's, the comment's prefix is what ride
     * writes. (The template of an install stopped before its comment counts as foreign.)
     */
    private boolean hasRideTemplate(String db) {
        return ResetTemplate.isRides(comments.get(ResetTemplate.nameFor(db)));
    }
}

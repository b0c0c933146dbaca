package dev.ride.score;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import dev.ride.scenario.Condition;
import dev.ride.sql.SqlQuoting;

/**
 * Runs an {@code as_app} condition: the application's statements as its role, in a transaction that
 * is always rolled back, so a check never changes what the learner built. The role is taken with
 * {@code SET LOCAL ROLE} on the scorer's own (superuser) connection: no password, the role's own
 * privileges, and the scorer's lock and statement timeouts still apply.
 */
final class AppRun {

    private AppRun() {
    }

    /** Works, fails, or could not run because a statement waited on the learner's lock ({@code watch}). */
    static Verdict works(Connection connection, Condition.AsApp app, LockWatch watch) {
        try (Statement s = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return watch.run(() -> {
                    s.execute("SET LOCAL ROLE " + SqlQuoting.identifier(app.role()));
                    for (String sql : app.statements()) {
                        s.execute(sql);
                    }
                    return Verdict.of(planHolds(s, app));
                }, Verdict::unchecked);
            } catch (SQLException e) {
                return Verdict.FAILS; // the application's statement fails: exactly what the check asks
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            return Verdict.FAILS;
        }
    }

    private static boolean planHolds(Statement s, Condition.AsApp app) throws SQLException {
        if (app.planHas() == null && app.planLacks() == null) {
            return true;
        }
        String last = app.statements().get(app.statements().size() - 1);
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = s.executeQuery("EXPLAIN " + last)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        String text = plan.toString().toLowerCase(Locale.ROOT);
        return (app.planHas() == null || text.contains(app.planHas().toLowerCase(Locale.ROOT)))
                && (app.planLacks() == null || !text.contains(app.planLacks().toLowerCase(Locale.ROOT)));
    }
}

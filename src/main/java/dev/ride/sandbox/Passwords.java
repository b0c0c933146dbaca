package dev.ride.sandbox;

import dev.ride.sql.SqlQuoting;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/** A sandbox's password: new for every run, URL-safe so it fits in a connection string as is. */
public final class Passwords {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** SCRAM rounds for a run's random password (PostgreSQL 16 and later; see {@link #replace}). */
    private static final int SCRAM_ITERATIONS = 16;

    private Passwords() {
    }

    /** 144 random bits, 24 URL-safe characters. */
    public static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Gives {@code role} a new password over {@code c}: how a sandbox started from a prepared copy
     * (whose password every run shares) gets its own. Utility statements are not tracked for this
     * one, so the password never reaches pg_stat_statements; nor the server log, which the learner
     * reads: this session logs no statement, not even one that fails
     * ({@link ServerLogSettings}: errors are logged with their statement).
     */
    public static void replace(Connection c, String role, String password) {
        try (Statement s = c.createStatement()) {
            // one round trip, in one implicit transaction: this runs in every warm start
            StringBuilder sql = new StringBuilder("SET pg_stat_statements.track_utility = off; SET log_statement = 'none'; "
                    + "SET log_min_error_statement = panic; SET log_min_duration_statement = -1; ");
            if (c.getMetaData().getDatabaseMajorVersion() >= 16) {
                // Key stretching protects guessable passwords; this one is 144 random bits, so the
                // default 4096 rounds would only slow down every login of the run (the shell, each
                // \c, :submit's one connection per tenant database) by milliseconds in a cold JVM.
                // (The server's version came with the login: asking costs no round trip.)
                sql.append("SET scram_iterations = ").append(SCRAM_ITERATIONS).append("; ");
            }
            sql.append("ALTER ROLE ").append(role).append(" PASSWORD ").append(SqlQuoting.literal(password));
            s.execute(sql.toString());
        } catch (SQLException e) {
            throw new SandboxException("Cannot set the sandbox's password: " + e.getMessage(), e);
        }
    }
}

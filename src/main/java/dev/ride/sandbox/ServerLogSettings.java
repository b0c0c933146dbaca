package dev.ride.sandbox;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The server log of every engine ride starts: one file inside the data directory, written by the
 * logging collector, in the shape a real server's log has (so the learner can read it with
 * {@code :log} or, as the superuser, with {@code pg_read_file(pg_current_logfile())}). Both engines
 * pass {@link #SETTINGS} as {@code postgres -c ...}; they are not part of the data directory, so
 * prepared clusters and images made before these settings existed simply log from their next start.
 * <p>
 * A prepared state must not carry its preparing run's log into later runs: the embedded engine
 * leaves {@link #DIRECTORY} out when it copies a data directory, and the docker engine empties the
 * file ({@link #emptyLog}) before it commits a container as an image.
 */
public final class ServerLogSettings {

    /** {@code log_directory}, relative to the data directory. */
    public static final String DIRECTORY = "log";
    /** {@code log_filename}: fixed, so a run has one log file and {@code pg_current_logfile()} never moves. */
    public static final String FILE_NAME = "postgresql.log";
    /**
     * Time with milliseconds, pid, then (for sessions only: {@code %q} stops the prefix for
     * background processes) user@database and application name, e.g.
     * {@code 2024-05-01 10:42:07.123 UTC [4242] checkout@shop checkout-app: ERROR: ...}.
     */
    public static final String LINE_PREFIX = "%m [%p] %q%u@%d %a: ";

    public static final List<String> SETTINGS = List.of(
            "logging_collector=on",
            "log_directory=" + DIRECTORY,
            "log_filename=" + FILE_NAME,
            // one file for the whole run: no rotation by age or size (a rotation to the same name
            // would only reopen it, but nothing should surprise a learner following the log)
            "log_rotation_age=0", "log_rotation_size=0",
            "log_line_prefix=" + LINE_PREFIX,
            // a session waiting longer than deadlock_timeout (1 s) on a lock says so, and on what
            "log_lock_waits=on",
            // the default, made explicit: every error is logged with the statement that raised it
            "log_min_error_statement=error");

    private ServerLogSettings() {
    }

    /**
     * Empties the current log file over {@code superuser}'s session: a server-side {@code COPY} of
     * no rows onto it, which truncates it in place (the collector appends, so it goes on at the new
     * end). Utility statements are not tracked for this session, so it leaves nothing in
     * pg_stat_statements.
     */
    public static void emptyLog(Statement superuser) throws SQLException {
        superuser.execute("SET pg_stat_statements.track_utility = off");
        superuser.execute("""
                DO $$
                DECLARE
                    file text := pg_current_logfile();
                BEGIN
                    IF file IS NOT NULL THEN
                        IF file NOT LIKE '/%' THEN
                            file := current_setting('data_directory') || '/' || file;
                        END IF;
                        EXECUTE format('COPY (SELECT WHERE false) TO %L', file);
                    END IF;
                END
                $$""");
    }
}

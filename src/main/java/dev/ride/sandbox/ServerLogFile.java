package dev.ride.sandbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server's log file read over SQL, as its superuser would: {@code pg_current_logfile()},
 * {@code pg_stat_file} and {@code pg_read_binary_file}. That works for every engine, the
 * {@code external} one included, and needs no access to the server's file system. Bytes rather
 * than {@code pg_read_file}'s text: a read from an offset may start inside a UTF-8 character,
 * which text would refuse.
 */
public final class ServerLogFile implements AutoCloseable {

    /** Bytes read at a time from the end when looking for the last lines. */
    private static final int TAIL_CHUNK = 64 * 1024;
    /** Never more than this per read: a follow that fell behind catches up in steps. */
    private static final int MAX_READ = 1024 * 1024;

    private final Connection connection;

    private ServerLogFile(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens a session of its own on {@code database}, out of pg_stat_statements' sight. Throws
     * {@link SandboxException} when the server cannot be reached.
     */
    public static ServerLogFile open(Sandbox sandbox, String database) {
        return open(sandbox::connect, database);
    }

    /** One server of a sandbox (a standby's endpoint, say): how to open a session on one of its databases. */
    @FunctionalInterface
    public interface Server {
        Connection connect(String database) throws SQLException;
    }

    /** The same on one server of a sandbox of several ({@code :log} on the standby the shell is on). */
    public static ServerLogFile open(Server server, String database) {
        Connection c;
        try {
            c = connect(server, database);
        } catch (SQLException e) {
            throw new SandboxException("Cannot reach the sandbox to read its log: " + e.getMessage(), e);
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET application_name = 'ride :log'");
            s.execute("SET pg_stat_statements.track = 'none'");
        } catch (SQLException e) {
            // no pg_stat_statements, or not a superuser (then the log is unreadable anyway, see where())
        }
        return new ServerLogFile(c);
    }

    /**
     * A session on the server for {@code database}, or on its {@code postgres} database when the
     * learner's shell is on a database the server does not have: PgBouncer's console
     * ({@code pgbouncer}), or a pooler's name for a database.
     */
    private static Connection connect(Server sandbox, String database) throws SQLException {
        if ("pgbouncer".equals(database)) {
            return sandbox.connect("postgres"); // not tried first: the refused login would be in the log
        }
        try {
            return sandbox.connect(database);
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState()) || "postgres".equals(database)) {
                throw e;
            }
            return sandbox.connect("postgres");
        }
    }

    /** Where the log is, or why it cannot be read. */
    public sealed interface Where {
    }

    /** The current log file, as {@code pg_current_logfile()} names it, and its size in bytes. */
    public record At(String file, long size) implements Where {
    }

    /** One sentence for the learner. */
    public record Unreadable(String reason) implements Where {
    }

    public Where where() throws SQLException {
        String user = "";
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),"
                     + " current_setting('logging_collector')")) {
            r.next();
            user = r.getString(1);
            if (!r.getBoolean(2)) {
                return new Unreadable("ride logs in as " + user + ", which is not a superuser, so it cannot read"
                        + " the server log.");
            }
            if (!"on".equals(r.getString(3))) {
                return new Unreadable("This server runs without a logging collector (logging_collector is off),"
                        + " so its log is not in a file ride can read.");
            }
        }
        Optional<At> current = current();
        if (current.isEmpty()) {
            return new Unreadable("The server has no current log file (log_destination is "
                    + setting("log_destination") + ").");
        }
        return current.get();
    }

    /** The current log file and its size; empty when the server has none. */
    public Optional<At> current() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT f, (pg_stat_file(f, true)).size"
                     + " FROM (SELECT pg_current_logfile() AS f) AS current")) {
            r.next();
            String file = r.getString(1);
            long size = r.getLong(2);
            return file == null ? Optional.empty() : Optional.of(new At(file, size));
        }
    }

    private String setting(String name) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT current_setting(?)")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    /** Up to {@code length} bytes (at most 1 MB) of {@code file} from {@code offset}; fewer at its end. */
    public byte[] read(String file, long offset, long length) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT pg_read_binary_file(?, ?, ?, true)")) {
            p.setString(1, file);
            p.setLong(2, offset);
            p.setLong(3, Math.min(length, MAX_READ));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                byte[] bytes = r.getBytes(1);
                return bytes == null ? new byte[0] : bytes;
            }
        }
    }

    /** The last {@code n} lines of {@code at}'s file (fewer when it has fewer). */
    public List<String> lastLines(At at, int n) throws SQLException {
        long from = at.size();
        byte[] tail = new byte[0];
        // read backwards a chunk at a time until n line ends are in hand (one more: the line before)
        while (from > 0 && countNewlines(tail) <= n) {
            long start = Math.max(0, from - TAIL_CHUNK);
            byte[] chunk = read(at.file(), start, from - start);
            tail = concat(chunk, tail);
            from = start;
        }
        List<String> lines = lines(tail, from == 0);
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }

    /**
     * The complete lines in {@code bytes} (a final line without its newline too). With
     * {@code fromStart} false the first, partial line is dropped: it began before the bytes read.
     */
    static List<String> lines(byte[] bytes, boolean fromStart) {
        List<String> lines = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
        if (!fromStart && !lines.isEmpty()) {
            lines.remove(0);
        }
        return lines;
    }

    /**
     * What is appended to the log after {@code from}, a call of {@link #next} at a time. Whole
     * lines only (a cut after a newline never splits a UTF-8 character); a log file that is
     * replaced or emptied is read again from its start.
     */
    public Follower follow(At from) {
        return new Follower(from);
    }

    public final class Follower {
        private String file;
        private long offset;
        private byte[] partial = new byte[0];

        private Follower(At from) {
            this.file = from.file();
            this.offset = from.size();
        }

        /** The complete lines written since the last call, each ending in a newline; "" when none. */
        public String next() throws SQLException {
            Optional<At> now = current();
            if (now.isEmpty()) {
                return "";
            }
            if (!now.get().file().equals(file) || now.get().size() < offset) {
                file = now.get().file();
                offset = 0;
                partial = new byte[0];
            }
            if (now.get().size() == offset) {
                return "";
            }
            byte[] read = read(file, offset, now.get().size() - offset);
            offset += read.length;
            byte[] pending = concat(partial, read);
            int end = lastNewline(pending) + 1;
            partial = java.util.Arrays.copyOfRange(pending, end, pending.length);
            return new String(pending, 0, end, StandardCharsets.UTF_8);
        }
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int countNewlines(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        return count;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** True while the session answers (false once the sandbox is gone). */
    public boolean isAlive() {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing to keep
        }
    }

}

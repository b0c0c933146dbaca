package dev.ride.drill;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.ServerLogFile;
import dev.ride.sandbox.ServerLogSettings;
import dev.ride.sandbox.TopologySandbox;

/**
 * {@code :log [SERVER] [N] [--follow]}: the last N lines of the sandbox's server log (20 by
 * default), and with {@code --follow} then the new lines as they come, until Ctrl-C. Read over SQL
 * ({@link ServerLogFile}), so it works for every engine. Without a terminal on stdin (script mode)
 * {@code --follow} shows what is there and returns: nobody could press Ctrl-C, and the script's
 * next line must run.
 *
 * <p>In a sandbox of several servers, SERVER names the one whose log to read (by default the one
 * the shell is on; through the pooler, the primary). A server that is down cannot be asked over SQL, yet its log is what says why it went
 * down: its file is read from its data directory instead
 * ({@link TopologySandbox#serverLogTail}), as an operator reads it on the server's host.
 */
final class ServerLog {

    static final String ARGUMENTS = "[SERVER] [N] [--follow]";
    static final String DESCRIPTION = "the server log's last N lines (20), of the shell's server or SERVER; --follow: new ones until Ctrl-C";
    private static final String ONE_SERVER_ARGUMENTS = "[N] [--follow]";
    static final int DEFAULT_LINES = 20;
    private static final long POLL_MILLIS = 200;

    private final Supplier<Sandbox> sandbox;
    private final BooleanSupplier timeUp;
    private final BooleanSupplier canFollow;
    /** The Ctrl-C of the follow that runs, for {@link #interrupt}; null when none does. */
    private volatile CtrlC following;

    /**
     * @param timeUp    true once a timed drill's time is up: a follow ends then too
     * @param canFollow true when a learner at a terminal can end a follow with Ctrl-C
     */
    ServerLog(Supplier<Sandbox> sandbox, BooleanSupplier timeUp, BooleanSupplier canFollow) {
        this.sandbox = sandbox;
        this.timeUp = timeUp;
        this.canFollow = canFollow;
    }

    /** What the arguments asked for ({@code server} null: the shell's server's); null when they make no sense. */
    record Request(String server, int lines, boolean follow) {

        static Request parse(String arguments) {
            String server = null;
            Integer lines = null;
            boolean follow = false;
            String[] words = arguments.isBlank() ? new String[0] : arguments.strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                if ((word.equals("--follow") || word.equals("-f")) && !follow) {
                    follow = true;
                } else if (word.matches("[0-9]{1,6}") && lines == null && Integer.parseInt(word) > 0) {
                    lines = Integer.parseInt(word);
                } else if (i == 0 && word.matches("[a-z][a-z0-9_]{0,30}")) {
                    server = word;
                } else {
                    return null;
                }
            }
            return new Request(server, lines == null ? DEFAULT_LINES : lines, follow);
        }
    }

    void run(String arguments, String database, PrintWriter out) {
        run(arguments, null, database, out);
    }

    /**
     * @param shellServer the server the shell is on (null: the primary, or the only server): with
     *                    no SERVER named, its log is read, so that a learner on a standby reads the
     *                    standby's own errors and replay, as {@code pg_current_logfile()} there would
     */
    void run(String arguments, String shellServer, String database, PrintWriter out) {
        Request request = Request.parse(arguments);
        Sandbox box = sandbox.get();
        TopologySandbox topology = box instanceof TopologySandbox t ? t : null;
        if (request == null || request.server() != null && topology == null) {
            out.println("usage: :log " + (topology == null ? ONE_SERVER_ARGUMENTS : ARGUMENTS)
                    + "   (N: how many lines, 1 or more)");
            return;
        }
        if (topology == null) {
            read(box::connect, box, database, request, out);
            return;
        }
        String server = request.server() != null ? request.server()
                : shellServer != null ? shellServer : topology.topology().primary();
        if (!topology.topology().serverNames().contains(server)) {
            boolean pooler = topology.pooler().filter(p -> p.name().equals(server)).isPresent();
            out.println((pooler ? server + " is PgBouncer, which keeps no server log here: :log reads "
                    : "No server named '" + server + "': this sandbox has ")
                    + String.join(", ", topology.topology().serverNames()) + ".");
            return;
        }
        if (!topology.isRunning(server)) {
            out.println(server + " is not running; the end of its log file, " + ServerLogSettings.DIRECTORY + "/"
                    + ServerLogSettings.FILE_NAME + " in its data directory:");
            out.println(topology.serverLogTail(server, request.lines()));
            return;
        }
        read(topology.endpoint(server).orElseThrow()::connect, box, database, request, out);
    }

    private void read(ServerLogFile.Server server, Sandbox box, String database, Request request, PrintWriter out) {
        try (ServerLogFile log = ServerLogFile.open(server, database)) {
            try {
                show(log, request, out);
            } catch (SQLException e) {
                if (!box.isAlive()) {
                    throw new SandboxException("Cannot read the server log: " + e.getMessage(), e);
                }
                out.println("Cannot read the server log: " + e.getMessage());
            }
        }
    }

    /** Ctrl-C from the shell: ends a follow that runs. */
    void interrupt() {
        CtrlC current = following;
        if (current != null) {
            current.press();
        }
    }

    private void show(ServerLogFile log, Request request, PrintWriter out) throws SQLException {
        ServerLogFile.Where where = log.where();
        if (where instanceof ServerLogFile.Unreadable unreadable) {
            out.println(unreadable.reason());
            return;
        }
        ServerLogFile.At at = (ServerLogFile.At) where;
        for (String line : log.lastLines(at, request.lines())) {
            out.println(line);
        }
        if (request.follow() && canFollow.getAsBoolean()) {
            out.println(Messages.FOLLOWING_LOG);
            out.flush();
            try (CtrlC ctrlC = CtrlC.trap()) {
                following = ctrlC;
                follow(log, at, ctrlC, out);
            } finally {
                following = null;
            }
        }
    }

    /** Prints the lines appended to the log, until Ctrl-C or the time is up. */
    private void follow(ServerLogFile log, ServerLogFile.At from, CtrlC ctrlC, PrintWriter out) throws SQLException {
        ServerLogFile.Follower follower = log.follow(from);
        while (true) {
            ctrlC.pause(POLL_MILLIS);
            if (ctrlC.pressed() || timeUp.getAsBoolean()) {
                break;
            }
            String lines = follower.next();
            if (!lines.isEmpty()) {
                out.print(lines);
                out.flush();
            }
        }
        // the terminal echoed ^C where the cursor was: the prompt starts on a line of its own
        out.println();
    }
}

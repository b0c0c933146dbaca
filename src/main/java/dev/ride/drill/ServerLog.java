package dev.ride.drill;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.ServerLogFile;

/**
 * {@code :log [N] [--follow]}: the last N lines of the server log (20 by default) of the server
 * the shell is on (in a sandbox of several, a standby's own log after {@code \c db - standby}), and
 * with {@code --follow} then the new lines as they come, until Ctrl-C. Read over SQL
 * ({@link ServerLogFile}), so it works for every engine. Without a terminal on stdin (script mode)
 * {@code --follow} shows what is there and returns: nobody could press Ctrl-C, and the script's
 * next line must run.
 */
final class ServerLog {

    static final String ARGUMENTS = "[N] [--follow]";
    static final String DESCRIPTION = "the log of the server you are on: last N lines (20); --follow: new ones until Ctrl-C";
    static final int DEFAULT_LINES = 20;
    private static final long POLL_MILLIS = 200;

    private final Supplier<Sandbox> sandbox;
    /** The server whose log to read: the one the shell is on (a sandbox of one server: that server). */
    private final Supplier<ServerLogFile.Server> server;
    private final BooleanSupplier timeUp;
    private final BooleanSupplier canFollow;
    /** The Ctrl-C of the follow that runs, for {@link #interrupt}; null when none does. */
    private volatile CtrlC following;

    /**
     * @param timeUp    true once a timed drill's time is up: a follow ends then too
     * @param canFollow true when a learner at a terminal can end a follow with Ctrl-C
     */
    ServerLog(Supplier<Sandbox> sandbox, BooleanSupplier timeUp, BooleanSupplier canFollow) {
        this(sandbox, () -> sandbox.get()::connect, timeUp, canFollow);
    }

    /** @param server the server whose log to read, asked at each {@code :log} (the shell may have moved since) */
    ServerLog(Supplier<Sandbox> sandbox, Supplier<ServerLogFile.Server> server, BooleanSupplier timeUp, BooleanSupplier canFollow) {
        this.sandbox = sandbox;
        this.server = server;
        this.timeUp = timeUp;
        this.canFollow = canFollow;
    }

    /** What the arguments asked for; null when they make no sense. */
    record Request(int lines, boolean follow) {

        static Request parse(String arguments) {
            Integer lines = null;
            boolean follow = false;
            for (String word : arguments.isBlank() ? new String[0] : arguments.strip().split("\\s+")) {
                if ((word.equals("--follow") || word.equals("-f")) && !follow) {
                    follow = true;
                } else if (word.matches("[0-9]{1,6}") && lines == null && Integer.parseInt(word) > 0) {
                    lines = Integer.parseInt(word);
                } else {
                    return null;
                }
            }
            return new Request(lines == null ? DEFAULT_LINES : lines, follow);
        }
    }

    void run(String arguments, String database, PrintWriter out) {
        Request request = Request.parse(arguments);
        if (request == null) {
            out.println("usage: :log " + ARGUMENTS + "   (N: how many lines, 1 or more)");
            return;
        }
        Sandbox box = sandbox.get();
        try (ServerLogFile log = ServerLogFile.open(server.get(), database)) {
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

package dev.ride.shell.warm;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import dev.ride.shell.ScriptShell;
import dev.ride.shell.ShellHost;
import dev.ride.shell.ShellSession;
import dev.ride.shell.print.Utf8Output;

/**
 * Runs {@value #STATEMENTS} {@code select 1;} through a whole script session (the line reader,
 * the splitter, the query runner, pgjdbc's simple-query path, the aligned printer) on a daemon
 * thread of low priority, against a {@link LoopbackBackend} (on 127.0.0.1, for its one connection),
 * with the output thrown away.
 * <p>
 * Why: with {@code -XX:TieredStopAtLevel=1} (fast start) the JVM compiles a method after about
 * 200 calls, and until then a statement's round trip took 0.3-0.6 ms where psql's took 0.1; a
 * session warmed by 2,000 statements matched psql. Compiling everything earlier
 * ({@code -XX:CompileThresholdScaling=0.1}) cost 0.17 s of CPU at every start; this compiles only
 * the statement path, on the second core, while the main thread logs in. Nothing reaches a
 * real server, a file or the screen. {@code RIDE_NO_WARM_UP=1} turns it off (for measuring it).
 */
public final class StatementPathWarmUp {

    static final int STATEMENTS = 1000;

    /** A warm-up that never ran: turned off, not wanted (-c alone), or no loopback port to be had. */
    public static final StatementPathWarmUp NONE = new StatementPathWarmUp(null);

    /** Its stand-in backend; null for {@link #NONE}. */
    private final LoopbackBackend backend;

    private StatementPathWarmUp(LoopbackBackend backend) {
        this.backend = backend;
    }

    /**
     * Starts the warm-up and returns at once; the caller {@link #stop()}s it when its session ends
     * (a script may end first).
     */
    public static StatementPathWarmUp start() {
        if (System.getenv("RIDE_NO_WARM_UP") != null) {
            return NONE;
        }
        LoopbackBackend backend;
        try {
            backend = new LoopbackBackend();
        } catch (java.io.IOException e) {
            return NONE; // the session runs cold, nothing else
        }
        Thread t = new Thread(() -> {
            PrintWriter nowhere = new Utf8Output(OutputStream.nullOutputStream());
            run(backend, STATEMENTS, nowhere, nowhere);
        }, "ride-statement-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return new StatementPathWarmUp(backend);
    }

    /** Ends the warm-up if it still runs: its sockets close, so no thread of it is left in a socket call. */
    public void stop() {
        if (backend != null) {
            backend.close();
        }
    }

    /**
     * The warm-up in the foreground, then its wall and CPU time on stderr: scripts/bench measures
     * what it costs a start, and the class-data-sharing archive's training run loads its classes.
     */
    public static void main(String[] args) {
        long wall = System.nanoTime();
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : STATEMENTS;
        PrintWriter nowhere = new Utf8Output(OutputStream.nullOutputStream());
        run(statements, nowhere, nowhere);
        System.err.printf("statement warm-up: %d statements, %.1f ms wall, %.1f ms CPU%n", statements,
                (System.nanoTime() - wall) / 1e6,
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    /**
     * The warm-up in the calling thread, its results to {@code out}; false when the in-memory
     * session failed (it then warmed less, and nothing else).
     */
    static boolean run(int statements, PrintWriter out, PrintWriter err) {
        try (LoopbackBackend backend = new LoopbackBackend()) {
            return run(backend, statements, out, err);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean run(LoopbackBackend backend, int statements, PrintWriter out, PrintWriter err) {
        try (backend; ShellSession session = new ShellSession(new WarmUpHost(backend), "warm", out, err)) {
            new ScriptShell(session).run(new BufferedReader(new StringReader("select 1;\n".repeat(statements))));
            return session.exitCode() == 0 && !session.lastFailed();
        } catch (Exception e) {
            return false;
        }
    }

    /** A host whose one database is the warm-up's backend; it records nothing and offers no colon commands. */
    private record WarmUpHost(LoopbackBackend backend) implements ShellHost {

        @Override
        public Connection connect(String database) throws SQLException {
            Properties props = new Properties();
            props.setProperty("user", backend.user());
            props.setProperty("sslmode", "disable");
            props.setProperty("gssEncMode", "disable");
            props.setProperty("ApplicationName", "psql");
            props.setProperty("assumeMinServerVersion", "9.0");
            // a literal address: the driver looks no name up
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + backend.port() + "/" + database, props);
        }

        @Override
        public String connectionString(String database) {
            return "";
        }
    }
}

package dev.ride.cli;

import picocli.CommandLine;

/** Entry point: hands the arguments to picocli and exits with the command's code. */
public final class Main {
    /**
     * pgjdbc's own log (java.util.logging, to stderr by default): a connection that fails while a
     * drill's server goes down must not print a stack in the middle of the learner's screen; the
     * caller reports what matters. Held here: the logging API keeps loggers only weakly, and a
     * collected logger would forget its level. RIDE_DEBUG=1 leaves it as the JVM configures it.
     */
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.postgresql");

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getenv("RIDE_DEBUG") == null) {
            DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
        }
        // A background thread (an actor, a monitor, a warm-up) that fails ends quietly: its stack
        // would land in the middle of the learner's screen. RIDE_DEBUG=1 shows it.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (System.getenv("RIDE_DEBUG") != null) {
                System.err.println("ride: thread " + thread.getName() + " failed:");
                e.printStackTrace();
            }
        });
        System.exit(run(args));
    }

    static int run(String... args) {
        if (args.length > 0 && args[0].equals("psql")) {
            // a client measured against psql's start: its own getopt-style reading, no command tree;
            // the first login's once-per-JVM work (SCRAM's JCA providers) runs on a second core
            // while this thread reads the options and opens the socket
            dev.ride.sandbox.LoginWarmUp.startCryptography();
            return PsqlCommand.run(java.util.List.of(args).subList(1, args.length));
        }
        CommandLine cli = RideCommand.commandLine(args);
        // A failure we could not foresee still gets one line, not a stack trace (RIDE_DEBUG=1 shows it).
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("ride: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("RIDE_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.SANDBOX_FAILED;
        });
        return cli.execute(args);
    }
}

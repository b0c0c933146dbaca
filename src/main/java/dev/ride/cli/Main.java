package dev.ride.cli;

import picocli.CommandLine;

/** Entry point: hands the arguments to picocli and exits with the command's code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
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

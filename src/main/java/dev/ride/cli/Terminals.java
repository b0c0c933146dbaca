package dev.ride.cli;

/** Like psql: interactive only when both stdin and stdout are terminals. */
final class Terminals {
    private Terminals() {
    }

    static boolean stdinIsTerminal() {
        // System.console() is non-null exactly when stdin and stdout are both a terminal (Java 17).
        return System.console() != null;
    }
}

package dev.ride.cli;

/** Exit codes, the same for every command (picocli's: 0 ok, 2 usage). */
final class ExitCodes {
    private ExitCodes() {
    }

    static final int OK = 0;
    static final int USAGE = 2;
    /** The sandbox could not start or died, or the scenario could not be installed. */
    static final int SANDBOX_FAILED = 3;
    /** Unknown scenario id or a broken scenario file. */
    static final int NO_SUCH_SCENARIO = 4;
}

package dev.ride.shell;

/**
 * How results are shown: psql's {@code \pset} print options, the pager mode and {@code \timing}.
 * Meta-commands change them; every query prints with what they hold at the time.
 */
final class ShellSettings {

    private PrintOptions printOptions = PrintOptions.defaults();
    /** psql's {@code \pset pager}: 0 off, 1 for output taller than the terminal, 2 always. */
    private int pager = 1;
    private boolean timing;

    PrintOptions printOptions() {
        return printOptions;
    }

    void setPrintOptions(PrintOptions options) {
        this.printOptions = options;
    }

    int pager() {
        return pager;
    }

    void setPager(int mode) {
        this.pager = mode;
    }

    boolean timing() {
        return timing;
    }

    void setTiming(boolean on) {
        this.timing = on;
    }
}

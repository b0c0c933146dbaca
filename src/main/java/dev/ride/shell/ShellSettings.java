package dev.ride.shell;

import dev.ride.shell.print.PrintOptions;

/**
 * How results are shown: psql's {@code \pset} print options, the pager mode and {@code \timing}.
 * Meta-commands change them; every query prints with what they hold at the time.
 */
public final class ShellSettings {

    private PrintOptions printOptions = PrintOptions.defaults();
    /** psql's {@code \pset pager}: 0 off, 1 for output taller than the terminal, 2 always. */
    private int pager = 1;
    private boolean timing;
    /** psql's {@code \pset numericlocale}; kept, with no effect in the C locale ride prints in. */
    private boolean numericLocale;

    public boolean numericLocale() {
        return numericLocale;
    }

    public void setNumericLocale(boolean on) {
        this.numericLocale = on;
    }

    public PrintOptions printOptions() {
        return printOptions;
    }

    public void setPrintOptions(PrintOptions options) {
        this.printOptions = options;
    }

    public int pager() {
        return pager;
    }

    public void setPager(int mode) {
        this.pager = mode;
    }

    public boolean timing() {
        return timing;
    }

    public void setTiming(boolean on) {
        this.timing = on;
    }
}

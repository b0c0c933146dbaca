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
    /**
     * psql's {@code unicode_border_linestyle}, {@code unicode_column_linestyle} and
     * {@code unicode_header_linestyle}: whether each part is double. Kept apart from the line
     * style, as psql does, so they apply whenever unicode is chosen.
     */
    private boolean[] unicodeDoubles = new boolean[3];
    /**
     * Whether {@code \pset null} was ever given a value: psql's nullPrint is unset (NULL) until
     * then, which \crosstabview's messages tell apart from an empty string.
     */
    private boolean nullDisplaySet;

    public boolean numericLocale() {
        return numericLocale;
    }

    public void setNumericLocale(boolean on) {
        this.numericLocale = on;
    }

    public boolean nullDisplaySet() {
        return nullDisplaySet;
    }

    public void setNullDisplaySet(boolean set) {
        this.nullDisplaySet = set;
    }

    public boolean[] unicodeDoubles() {
        return unicodeDoubles.clone();
    }

    public void setUnicodeDoubles(boolean[] doubles) {
        this.unicodeDoubles = doubles.clone();
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

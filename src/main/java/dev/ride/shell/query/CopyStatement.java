package dev.ride.shell.query;

import java.util.regex.Pattern;

/**
 * Recognises COPY statements whose data travels with the shell (FROM STDIN, TO STDOUT): psql
 * serves those from its own input and output, so the shell must do the same.
 */
public final class CopyStatement {

    private static final String LEADING = "(?is)^(?:\\s|/\\*.*?\\*/|--[^\\n]*\\n)*copy\\b.*";
    private static final Pattern FROM_STDIN = Pattern.compile(LEADING + "\\bfrom\\s+stdin\\b.*");
    private static final Pattern TO_STDOUT = Pattern.compile(LEADING + "\\bto\\s+stdout\\b.*");

    private CopyStatement() {
    }

    public static boolean isCopyIn(String sql) {
        return FROM_STDIN.matcher(sql).matches();
    }

    public static boolean isCopyOut(String sql) {
        return TO_STDOUT.matcher(sql).matches();
    }
}

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

    /**
     * False when {@code sql} cannot hold a COPY (no "copy" in any case anywhere): then
     * {@link #isCopyIn}, {@link #isCopyOut} and {@link CombinedQuery#copyParts} are all false or
     * null too, and a statement spares them (they lex and match the whole text once more).
     */
    public static boolean mayBeCopy(String sql) {
        for (int i = sql.length() - 4; i >= 0; i--) {
            if (sql.regionMatches(true, i, "copy", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isCopyIn(String sql) {
        return FROM_STDIN.matcher(sql).matches();
    }

    public static boolean isCopyOut(String sql) {
        return TO_STDOUT.matcher(sql).matches();
    }
}

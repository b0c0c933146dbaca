package dev.ride.shell.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell value laid out for display the way psql does it (its {@code pg_wcsformat}): split at
 * newlines, tabs expanded to the next multiple of 8, carriage returns shown as {@code \r}, other
 * control characters as {@code \xNN} or a backslash-u escape.
 */
public final class CellText {

    /** One display line of a cell and its width in terminal columns. */
    record Line(String text, int width) { }

    private CellText() {
    }

    /** True when the value is plain printable ASCII: one line, width = length. */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Width of the widest line. */
    static int width(String value) {
        if (plain(value)) {
            return value.length();
        }
        int widest = 0;
        for (Line line : lines(value)) {
            widest = Math.max(widest, line.width());
        }
        return widest;
    }

    /** Number of display lines. */
    static int height(String value) {
        int lines = 1;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    static List<Line> lines(String value) {
        List<Line> lines = new ArrayList<>(1);
        if (plain(value)) {
            lines.add(new Line(value, value.length()));
            return lines;
        }
        StringBuilder text = new StringBuilder(value.length() + 8);
        int width = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                lines.add(new Line(text.toString(), width));
                text.setLength(0);
                width = 0;
            } else if (cp == '\r') {
                text.append("\\r");
                width += 2;
            } else if (cp == '\t') {
                do {
                    text.append(' ');
                    width++;
                } while (width % 8 != 0);
            } else {
                int w = DisplayWidth.of(cp);
                if (w < 0) {
                    String escape = cp < 0x80 ? String.format("\\x%02X", cp) : String.format("\\u%04X", cp);
                    text.append(escape);
                    width += escape.length();
                } else {
                    text.appendCodePoint(cp);
                    width += w;
                }
            }
        }
        lines.add(new Line(text.toString(), width));
        return lines;
    }
}

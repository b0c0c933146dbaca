package dev.ride.drill;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Breaks every line at {@code width} columns, as a terminal of that width would, but with the
 * break written into the text: a recording made through it plays the same in any terminal at
 * least that wide, and its asciicast header (that width) matches its widest line. Streams
 * character by character, so typing stays one event per key. Escape sequences (colours) take no
 * column; a carriage return or a newline starts the line again. It also counts the characters it
 * passed on, which the demo's reading pauses are scaled by.
 */
public final class ScreenWidthWriter extends FilterWriter {

    private final int width;
    private int column;
    private boolean inEscape;
    private boolean inCsi;
    private long printed;

    public ScreenWidthWriter(Writer out, int width) {
        super(out);
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1");
        }
        this.width = width;
    }

    /** Visible characters written so far (escape sequences and line ends not counted). */
    public synchronized long printed() {
        return printed;
    }

    @Override
    public synchronized void write(int c) throws IOException {
        if (inEscape) {
            inEscape = false;
            inCsi = c == '[';
        } else if (inCsi) {
            inCsi = !(c >= 0x40 && c <= 0x7e);
        } else if (c == 0x1b) {
            inEscape = true;
        } else if (c == '\n' || c == '\r') {
            column = 0;
        } else if (c == '\t') {
            // a terminal's tab goes to the next stop but never past the right margin, nor wraps
            column = Math.min(width, column + 8 - column % 8);
            printed++;
        } else if (c == '\b') {
            column = Math.max(0, column - 1);
        } else if (!Character.isISOControl(c) && !Character.isLowSurrogate((char) c)
                && Character.getType(c) != Character.NON_SPACING_MARK) {
            if (column >= width) {
                out.write('\n');
                column = 0;
            }
            column++;
            printed++;
        }
        out.write(c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) {
            write(cbuf[off + i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) {
            write(str.charAt(off + i));
        }
    }
}

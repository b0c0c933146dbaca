package dev.ride.shell.print;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.postgresql.core.Tuple;

/**
 * The rows of one query result, kept while it arrives so nothing is printed before the result is
 * complete (an error at row 500,000 then prints only the error, as psql does). Rows are appended
 * in a compact length-prefixed form to {@link SpooledBytes} (in memory up to {@code memoryLimit}
 * bytes, then in an unlinked temp file), so a result of millions of rows costs a few megabytes of
 * heap.
 *
 * <p>Reading is sequential: the printer walks the rows in order, once for the widths and once to
 * print. {@link #cell(int, int)} keeps a cursor on the current row; asking for an earlier row
 * rewinds. Each cell is encoded as a varint of {@code length + 1} (0 for NULL) and its bytes.
 */
public final class RowSpool implements ByteRows, AutoCloseable {

    private static final int READ_BUFFER = 64 << 10;

    private final int columns;
    private final SpooledBytes bytes;
    private int size;
    /** One row encoded, then appended to the spool. */
    private byte[] encoded = new byte[256];

    // reading: a window on the rows (the spool's memory itself, or a buffer filled from its file);
    // the current row's cells are found in it without copying
    private int cursorRow = -1;
    private byte[] window;
    private int windowPosition;
    private int windowLimit;
    private long filePosition;
    private final int[] start;
    private final int[] length;

    public RowSpool(int columns) {
        this(columns, new SpooledBytes());
    }

    public RowSpool(int columns, int memoryLimit, Path tempDir) {
        this(columns, new SpooledBytes(memoryLimit, tempDir));
    }

    private RowSpool(int columns, SpooledBytes bytes) {
        this.columns = columns;
        this.bytes = bytes;
        this.start = new int[columns];
        this.length = new int[columns];
    }

    int columnCount() {
        return columns;
    }

    /** Appends one row as the driver received it (text values, null for SQL NULL). */
    public void add(Tuple tuple) {
        int needed = 0;
        for (int c = 0; c < columns; c++) {
            byte[] value = tuple.get(c);
            needed += 5 + (value == null ? 0 : value.length);
        }
        if (needed > encoded.length) {
            encoded = new byte[Math.max(needed, encoded.length * 2)];
        }
        bytes.write(encoded, 0, encode(tuple, encoded, 0));
        size++;
        cursorRow = -1; // the next read starts over, on the grown data
    }

    private int encode(Tuple tuple, byte[] target, int at) {
        for (int c = 0; c < columns; c++) {
            byte[] value = tuple.get(c);
            int n = value == null ? 0 : value.length + 1;
            while (n >= 0x80) {
                target[at++] = (byte) (n | 0x80);
                n >>>= 7;
            }
            target[at++] = (byte) n;
            if (value != null) {
                System.arraycopy(value, 0, target, at, value.length);
                at += value.length;
            }
        }
        return at;
    }

    /** True once the rows went to a temp file. */
    boolean spilled() {
        return bytes.spilled();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String cell(int row, int column) {
        seek(row);
        int n = length[column];
        return n < 0 ? null : new String(window, start[column], n, StandardCharsets.UTF_8);
    }

    /** Moves the cursor to {@code target}: forwards by reading on, backwards by starting over. */
    @Override
    public void seek(int target) {
        if (target == cursorRow) {
            return;
        }
        if (target < cursorRow || cursorRow < 0) {
            rewind();
        }
        while (cursorRow < target) {
            readRow();
        }
    }

    /** All cells of the current row are in one window of the spool. */
    @Override
    public byte[] bytes(int column) {
        return window;
    }

    @Override
    public int start(int column) {
        return start[column];
    }

    @Override
    public int length(int column) {
        return length[column];
    }

    private void rewind() {
        cursorRow = -1;
        windowPosition = 0;
        if (!bytes.spilled()) {
            window = bytes.memory();
            windowLimit = (int) bytes.size();
            return;
        }
        if (window == null) {
            window = new byte[READ_BUFFER];
        }
        windowLimit = 0;
        filePosition = 0;
    }

    private void readRow() {
        while (!parseRow()) {
            if (!bytes.spilled()) {
                throw new IllegalStateException("read past the end of the spooled rows");
            }
            refill();
        }
        cursorRow++;
    }

    /** Finds the next row's cells in the window; false when the row is not all in it yet. */
    private boolean parseRow() {
        byte[] bytes = window;
        int at = windowPosition;
        int limit = windowLimit;
        for (int c = 0; c < columns; c++) {
            int n = 0;
            int shift = 0;
            int b;
            do {
                if (at >= limit) {
                    return false;
                }
                b = bytes[at++];
                n |= (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            if (n == 0) {
                start[c] = at;
                length[c] = -1;
                continue;
            }
            int len = n - 1;
            if (len > limit - at) {
                return false;
            }
            start[c] = at;
            length[c] = len;
            at += len;
        }
        windowPosition = at;
        return true;
    }

    /** Keeps the unread part of the window, reads more of the file after it (a bigger window for a huge row). */
    private void refill() {
        int kept = windowLimit - windowPosition;
        if (kept == window.length) {
            window = Arrays.copyOf(window, window.length * 2);
        } else {
            System.arraycopy(window, windowPosition, window, 0, kept);
        }
        windowPosition = 0;
        windowLimit = kept;
        int n = bytes.read(filePosition, ByteBuffer.wrap(window, kept, window.length - kept));
        if (n <= 0) {
            throw new IllegalStateException("read past the end of the spooled rows");
        }
        filePosition += n;
        windowLimit += n;
    }

    /** Frees the memory and closes (so removes) the temp file. */
    @Override
    public void close() {
        window = null;
        bytes.close();
    }
}

package dev.ride.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.postgresql.core.Tuple;

/**
 * The rows of one query result, kept while it arrives so nothing is printed before the result is
 * complete (an error at row 500,000 then prints only the error, as psql does). Rows are appended
 * in a compact length-prefixed form: in memory up to {@code memoryLimit} bytes, then in a temp
 * file, so a result of millions of rows costs a few megabytes of heap. The file is unlinked as
 * soon as it is opened (Linux keeps the open inode), so it disappears even if the JVM dies.
 *
 * <p>Reading is sequential: the printer walks the rows in order, once for the widths and once to
 * print. {@link #cell(int, int)} keeps a cursor on the current row; asking for an earlier row
 * rewinds. Each cell is encoded as a varint of {@code length + 1} (0 for NULL) and its bytes.
 */
final class RowSpool implements TableRows, AutoCloseable {

    static final int DEFAULT_MEMORY_LIMIT = 4 << 20;
    private static final int FILE_BUFFER = 64 << 10;

    private final int columns;
    private final int memoryLimit;
    private final Path tempDir;
    private int size;

    // writing: the in-memory part, then the file
    private byte[] memory = new byte[8192];
    private int memoryLength;
    private FileChannel file;
    private long fileLength;
    private ByteBuffer writeBuffer;

    // reading: the current row's bytes and where each cell is in them
    private int cursorRow = -1;
    private long readPosition;
    private ByteBuffer readBuffer;
    private byte[] row = new byte[256];
    private final int[] start;
    private final int[] length;

    RowSpool(int columns) {
        this(columns, DEFAULT_MEMORY_LIMIT, Path.of(System.getProperty("java.io.tmpdir")));
    }

    RowSpool(int columns, int memoryLimit, Path tempDir) {
        this.columns = columns;
        this.memoryLimit = memoryLimit;
        this.tempDir = tempDir;
        this.start = new int[columns];
        this.length = new int[columns];
    }

    int columnCount() {
        return columns;
    }

    /** Appends one row as the driver received it (text values, null for SQL NULL). */
    void add(Tuple tuple) {
        int needed = 0;
        for (int c = 0; c < columns; c++) {
            byte[] value = tuple.get(c);
            needed += 5 + (value == null ? 0 : value.length);
        }
        if (file == null && memoryLength + needed > memoryLimit) {
            spill();
        }
        if (file == null) {
            if (memoryLength + needed > memory.length) {
                memory = Arrays.copyOf(memory, Math.max(memory.length * 2, memoryLength + needed));
            }
            memoryLength = encode(tuple, memory, memoryLength);
        } else {
            if (needed > writeBuffer.remaining()) {
                flushWrites();
                if (needed > writeBuffer.capacity()) {
                    writeBuffer = ByteBuffer.allocate(needed);
                }
            }
            int end = encode(tuple, writeBuffer.array(), writeBuffer.position());
            writeBuffer.position(end);
        }
        size++;
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

    private void spill() {
        try {
            Path path = Files.createTempFile(tempDir, "ride-rows-", ".spool");
            file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Files.delete(path);
            writeBuffer = ByteBuffer.allocate(FILE_BUFFER);
            writeFully(ByteBuffer.wrap(memory, 0, memoryLength));
            memory = null;
            memoryLength = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result to a temporary file", e);
        }
    }

    private void flushWrites() {
        writeBuffer.flip();
        writeFully(writeBuffer);
        writeBuffer.clear();
    }

    private void writeFully(ByteBuffer buffer) {
        try {
            while (buffer.hasRemaining()) {
                fileLength += file.write(buffer, fileLength);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result to a temporary file", e);
        }
    }

    /** True once the rows went to a temp file. */
    boolean spilled() {
        return file != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String cell(int row, int column) {
        seek(row);
        int n = length[column];
        return n < 0 ? null : new String(this.row, start[column], n, StandardCharsets.UTF_8);
    }

    /**
     * Moves the cursor to {@code target}; then {@link #rowBytes()}, {@link #start(int)} and
     * {@link #length(int)} describe its cells without decoding them.
     */
    void seek(int target) {
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

    byte[] rowBytes() {
        return row;
    }

    int start(int column) {
        return start[column];
    }

    /** The byte length of a cell of the current row, -1 for NULL. */
    int length(int column) {
        return length[column];
    }

    private void rewind() {
        if (writeBuffer != null && writeBuffer.position() > 0) {
            flushWrites();
        }
        cursorRow = -1;
        readPosition = 0;
        if (file != null) {
            if (readBuffer == null) {
                readBuffer = ByteBuffer.allocate(FILE_BUFFER);
            }
            readBuffer.clear().flip();
        }
    }

    private void readRow() {
        int used = 0;
        for (int c = 0; c < columns; c++) {
            int n = 0;
            int shift = 0;
            int b;
            do {
                b = nextByte();
                n |= (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            if (n == 0) {
                start[c] = used;
                length[c] = -1;
                continue;
            }
            int len = n - 1;
            if (used + len > row.length) {
                row = Arrays.copyOf(row, Math.max(row.length * 2, used + len));
            }
            readBytes(row, used, len);
            start[c] = used;
            length[c] = len;
            used += len;
        }
        cursorRow++;
    }

    private int nextByte() {
        if (file == null) {
            return memory[(int) readPosition++] & 0xff;
        }
        if (!readBuffer.hasRemaining()) {
            fill();
        }
        return readBuffer.get() & 0xff;
    }

    private void readBytes(byte[] target, int at, int count) {
        if (file == null) {
            System.arraycopy(memory, (int) readPosition, target, at, count);
            readPosition += count;
            return;
        }
        while (count > 0) {
            if (!readBuffer.hasRemaining()) {
                fill();
            }
            int n = Math.min(count, readBuffer.remaining());
            readBuffer.get(target, at, n);
            at += n;
            count -= n;
        }
    }

    private void fill() {
        readBuffer.clear();
        try {
            int n = file.read(readBuffer, readPosition);
            if (n <= 0) {
                throw new IllegalStateException("read past the end of the spooled rows");
            }
            readPosition += n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the result back from its temporary file", e);
        }
        readBuffer.flip();
    }

    /** Frees the memory and closes (so removes) the temp file. */
    @Override
    public void close() {
        memory = null;
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // the file is already unlinked; closing only frees its blocks
            }
            file = null;
        }
    }
}

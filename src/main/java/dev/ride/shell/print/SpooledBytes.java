package dev.ride.shell.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Bytes kept for later while a big result arrives: in memory up to {@code memoryLimit}, then in a
 * temp file, so a result of millions of rows costs a few megabytes of heap. The file is unlinked
 * as soon as it is opened (Linux keeps the open inode), so it disappears even if the JVM dies.
 * {@link RowSpool} keeps its rows here and reads them back in place; {@link HeldPrint} keeps its
 * formatted output here and copies it out once. Failures to write or read the file surface as
 * {@link UncheckedIOException}, which the shell reports as an error of the query.
 */
public final class SpooledBytes extends OutputStream {

    static final int DEFAULT_MEMORY_LIMIT = 4 << 20;
    private static final int FILE_BUFFER = 64 << 10;

    private final int memoryLimit;
    private final Path tempDir;
    private byte[] memory = new byte[8192];
    private int memoryLength;
    private FileChannel file;
    private long fileLength;
    private ByteBuffer writeBuffer;

    SpooledBytes() {
        this(DEFAULT_MEMORY_LIMIT, Path.of(System.getProperty("java.io.tmpdir")));
    }

    SpooledBytes(int memoryLimit, Path tempDir) {
        this.memoryLimit = memoryLimit;
        this.tempDir = tempDir;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (file == null && memoryLength + length > memoryLimit) {
            spill();
        }
        if (file == null) {
            if (memoryLength + length > memory.length) {
                memory = Arrays.copyOf(memory, Math.max(memory.length * 2, memoryLength + length));
            }
            System.arraycopy(bytes, offset, memory, memoryLength, length);
            memoryLength += length;
        } else if (length <= writeBuffer.remaining()) {
            writeBuffer.put(bytes, offset, length);
        } else {
            flush();
            writeFully(ByteBuffer.wrap(bytes, offset, length));
        }
    }

    private void spill() {
        try {
            Path path = Files.createTempFile(tempDir, "ride-result-", ".spool");
            file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result to a temporary file", e);
        }
        writeBuffer = ByteBuffer.allocate(FILE_BUFFER);
        writeFully(ByteBuffer.wrap(memory, 0, memoryLength));
        memory = null;
        memoryLength = 0;
    }

    /** Writes what is buffered to the file (after a spill), so reads see every byte written. */
    @Override
    public void flush() {
        if (file != null && writeBuffer.position() > 0) {
            writeBuffer.flip();
            writeFully(writeBuffer);
            writeBuffer.clear();
        }
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

    /** True once the bytes went to a temp file. */
    boolean spilled() {
        return file != null;
    }

    long size() {
        return file == null ? memoryLength : fileLength + writeBuffer.position();
    }

    /** Before a spill: the array holding every byte written (its first {@link #size()} bytes). */
    byte[] memory() {
        return memory;
    }

    /** After a spill: reads from {@code position} into {@code target}; the count read, -1 at the end. */
    int read(long position, ByteBuffer target) {
        flush();
        try {
            return file.read(target, position);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the result back from its temporary file", e);
        }
    }

    /** Everything written, in order, to {@code target}: as bytes under a {@link Utf8Output}, else decoded as UTF-8. */
    void copyTo(Writer target) throws IOException {
        flush();
        InputStream in = file == null ? new ByteArrayInputStream(memory, 0, memoryLength)
                : Channels.newInputStream(file.position(0));
        if (target instanceof Utf8Output bytes) {
            byte[] chunk = new byte[FILE_BUFFER];
            for (int n; (n = in.read(chunk)) > 0; ) {
                bytes.writeBytes(chunk, 0, n);
            }
        } else {
            new InputStreamReader(in, StandardCharsets.UTF_8).transferTo(target);
        }
        target.flush();
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

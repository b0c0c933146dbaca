package dev.ride.shell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Bytes written now and copied out later, once: in memory up to {@code memoryLimit}, then in a
 * temp file, so output held back for a million-row result costs a few megabytes of heap. The file
 * is unlinked as soon as it is opened (as {@link RowSpool}'s), so it goes even if the JVM dies.
 * Write failures surface as {@link UncheckedIOException}, which the shell reports as a failed result.
 */
final class SpooledBytes extends OutputStream {

    private static final int CHUNK = 64 << 10;

    private final int memoryLimit;
    private final Path tempDir;
    private byte[] memory = new byte[8192];
    private int memoryLength;
    private FileChannel file;
    private long fileLength;

    SpooledBytes() {
        this(RowSpool.DEFAULT_MEMORY_LIMIT, Path.of(System.getProperty("java.io.tmpdir")));
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
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        try {
            while (buffer.hasRemaining()) {
                fileLength += file.write(buffer, fileLength);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result to a temporary file", e);
        }
    }

    private void spill() {
        try {
            Path path = Files.createTempFile(tempDir, "ride-output-", ".spool");
            file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result to a temporary file", e);
        }
        byte[] held = memory;
        int heldLength = memoryLength;
        memory = null;
        memoryLength = 0;
        write(held, 0, heldLength);
    }

    /** True once the bytes went to a temp file. */
    boolean spilled() {
        return file != null;
    }

    long size() {
        return file == null ? memoryLength : fileLength;
    }

    /** Everything written, in order, to {@code target}: as bytes under a {@link Utf8Output}, else decoded as UTF-8. */
    void copyTo(Writer target) throws IOException {
        InputStream in = file == null ? new ByteArrayInputStream(memory, 0, memoryLength)
                : Channels.newInputStream(file.position(0));
        if (target instanceof Utf8Output bytes) {
            byte[] chunk = new byte[CHUNK];
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

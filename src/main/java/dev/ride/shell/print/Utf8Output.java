package dev.ride.shell.print;

import dev.ride.shell.ShellSession;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The shell's stdout as a UTF-8 {@link PrintWriter} that also takes bytes: the table printer
 * copies query results (which arrive from the server as UTF-8) straight to the stream, with no
 * decode to chars and encode back. Give one to {@link ShellSession} for a fast big result; any
 * other PrintWriter works, only slower.
 */
public final class Utf8Output extends PrintWriter {

    private final OutputStream stream;

    public Utf8Output(OutputStream stream) {
        super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
        this.stream = stream;
    }

    /** Bytes of whole UTF-8 characters, after everything written as text so far. */
    void writeBytes(byte[] bytes, int start, int length) {
        synchronized (lock) {
            flush();
            try {
                stream.write(bytes, start, length);
            } catch (IOException e) {
                setError(); // as PrintWriter does: checkError() tells, nothing is thrown
            }
        }
    }
}

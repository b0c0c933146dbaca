package dev.ride.drill;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A tee: everything written to the terminal (or stdout) also goes to the recording. */
public final class RecordingOutputStream extends FilterOutputStream {

    private final AsciicastWriter recording;

    public RecordingOutputStream(OutputStream terminal, AsciicastWriter recording) {
        super(terminal);
        this.recording = recording;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        recording.output(b, off, len);
    }
}

package dev.ride.drill;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A tee: everything written to the terminal (or stdout) also goes to the recording. */
public final class RecordingOutputStream extends FilterOutputStream {

    private final AsciicastWriter recording;
    private final boolean newlinesAsTerminal;
    private int last = -1;

    public RecordingOutputStream(OutputStream terminal, AsciicastWriter recording) {
        this(terminal, recording, false);
    }

    private RecordingOutputStream(OutputStream terminal, AsciicastWriter recording, boolean newlinesAsTerminal) {
        super(terminal);
        this.recording = recording;
        this.newlinesAsTerminal = newlinesAsTerminal;
    }

    /**
     * For output that never passed through a terminal (the demo prints bare newlines): the
     * recording gets each {@code \n} as {@code \r\n}, as a terminal's line discipline turns it
     * (onlcr). A player writes the recording to a terminal in raw mode, where a bare newline only
     * moves down a line and the next one starts where the last ended.
     */
    public static RecordingOutputStream withTerminalNewlines(OutputStream out, AsciicastWriter recording) {
        return new RecordingOutputStream(out, recording, true);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        if (!newlinesAsTerminal) {
            recording.output(b, off, len);
            return;
        }
        byte[] converted = new byte[len * 2];
        int n = 0;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n' && last != '\r') {
                converted[n++] = '\r';
            }
            converted[n++] = b[i];
            last = b[i];
        }
        recording.output(converted, 0, n);
    }
}

package dev.ride.drill;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Script-mode stdin that the drill timer can end: a read blocked on a pipe cannot be interrupted,
 * so a daemon thread reads stdin and this reader hands it out one line at a time (a reader above
 * it then holds at most one line that was read but not yet run). After {@link #end()} it reports
 * end of input, whatever stdin still holds.
 */
public final class EndableInput extends Reader {

    private static final String EOF = new String("<eof>");
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private volatile boolean ended;
    private String current = "";
    private int position;

    public EndableInput(InputStream in) {
        Thread pump = new Thread(() -> pump(in), "ride-stdin");
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(InputStream in) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = reader.read()) != -1) {
                line.append((char) c);
                if (c == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        } catch (IOException e) {
            // a broken stdin ends the script like the end of the file does
        }
        lines.add(EOF);
    }

    /** From now on, the end of input. Safe from any thread. */
    public void end() {
        ended = true;
        lines.add(EOF);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length()) {
            if (ended) {
                return -1;
            }
            String next;
            try {
                next = lines.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading stdin", e);
            }
            if (next == EOF || ended) {
                ended = true;
                return -1;
            }
            current = next;
            position = 0;
        }
        int n = Math.min(length, current.length() - position);
        current.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() {
        end();
    }
}

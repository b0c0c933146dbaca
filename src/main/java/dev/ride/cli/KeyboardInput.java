package dev.ride.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The keyboard, as a stream the drill can also type into: the end of a timed drill "presses"
 * Ctrl-C and Ctrl-D so the line reader gives up its prompt the way it would for the learner.
 */
final class KeyboardInput extends InputStream {

    private static final int CLOSED = -1;
    private final BlockingQueue<Integer> keys = new LinkedBlockingQueue<>();

    KeyboardInput(InputStream keyboard) {
        Thread pump = new Thread(() -> {
            try {
                int b;
                while ((b = keyboard.read()) >= 0) {
                    keys.add(b);
                }
            } catch (IOException e) {
                // the terminal went away: same as its end
            }
            keys.add(CLOSED);
        }, "ride-keyboard");
        pump.setDaemon(true);
        pump.start();
    }

    void type(String text) {
        for (char c : text.toCharArray()) {
            keys.add((int) c);
        }
    }

    @Override
    public int read() throws IOException {
        try {
            int b = keys.take();
            if (b == CLOSED) {
                keys.add(CLOSED);
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int first = read();
        if (first < 0) {
            return -1;
        }
        buffer[offset] = (byte) first;
        int n = 1;
        Integer next;
        while (n < length && (next = keys.peek()) != null && next != CLOSED) {
            buffer[offset + n++] = (byte) (int) keys.poll();
        }
        return n;
    }
}

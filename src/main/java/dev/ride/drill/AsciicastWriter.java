package dev.ride.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * An asciicast v2 recording (asciinema's format): a header line, then one JSON array per event,
 * {@code [seconds, "o", text]} for output and {@code [seconds, "r", "WxH"]} for a resize. Every
 * event is flushed, so a recording cut short by a kill is still playable up to that point.
 * Output arrives as bytes; a UTF-8 character split between two writes is kept until it is whole.
 */
public final class AsciicastWriter implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedWriter file;
    private final LongSupplier nanos;
    private final long start;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private byte[] pending = new byte[0];
    private double lastTime;

    public AsciicastWriter(Path path, int width, int height, String title) throws IOException {
        this(path, width, height, title, Instant.now(), System::nanoTime);
    }

    /** @param nanos a monotonic clock (tests pass their own) */
    AsciicastWriter(Path path, int width, int height, String title, Instant timestamp, LongSupplier nanos)
            throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.file = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        ObjectNode header = JSON.createObjectNode();
        header.put("version", 2);
        header.put("width", width);
        header.put("height", height);
        header.put("timestamp", timestamp.getEpochSecond());
        header.put("title", title);
        ObjectNode env = header.putObject("env");
        env.put("TERM", System.getenv().getOrDefault("TERM", "xterm-256color"));
        env.put("SHELL", "ride");
        line(header);
    }

    /** Output as the terminal received it. */
    public synchronized void output(byte[] bytes, int offset, int length) {
        byte[] all = Arrays.copyOf(pending, pending.length + length);
        System.arraycopy(bytes, offset, all, pending.length, length);
        ByteBuffer in = ByteBuffer.wrap(all);
        CharBuffer out = CharBuffer.allocate(all.length + 1);
        decoder.decode(in, out, false);
        pending = Arrays.copyOfRange(all, in.position(), all.length);
        out.flip();
        if (out.hasRemaining()) {
            event("o", out.toString());
        }
    }

    /** The terminal changed size. */
    public synchronized void resize(int width, int height) {
        event("r", width + "x" + height);
    }

    private void event(String type, String data) {
        // asciinema wants non-decreasing times; round to microseconds like it does
        double t = Math.max(lastTime, Math.round((nanos.getAsLong() - start) / 1_000.0) / 1_000_000.0);
        lastTime = t;
        ArrayNode e = JSON.createArrayNode();
        e.add(t);
        e.add(type);
        e.add(data);
        line(e);
    }

    private void line(Object node) {
        try {
            file.write(JSON.writeValueAsString(node));
            file.write('\n');
            file.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialize", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recording: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        file.close();
    }
}

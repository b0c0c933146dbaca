package dev.ride.drill;

import dev.ride.sandbox.Sandbox;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a demo shows instead of what changes from run to run: the sandbox's password, port and
 * description, and timings (\timing, EXPLAIN ANALYZE, :reset). Applied to whole lines, as a writer
 * in front of the screen, so two recordings of a demo show the same text.
 */
public final class StableText {

    /** The port every demo shows: PostgreSQL's default. */
    static final int SHOWN_PORT = 5432;
    static final String SHOWN_PASSWORD = "•••";

    private static final Map<Pattern, String> TIMINGS = new LinkedHashMap<>();

    static {
        TIMINGS.put(Pattern.compile("^Time: \\d+[.,]\\d+ ms( \\(.*\\))?$", Pattern.MULTILINE), "Time: 0.500 ms");
        TIMINGS.put(Pattern.compile("actual time=\\d+\\.\\d+\\.\\.\\d+\\.\\d+"), "actual time=0.010..0.020");
        TIMINGS.put(Pattern.compile("(Planning|Execution) Time: \\d+\\.\\d+ ms"), "$1 Time: 0.100 ms");
        TIMINGS.put(Pattern.compile("\\(\\d+ ms\\)\\. The clock keeps running"), "(15 ms). The clock keeps running");
    }

    private final Map<String, String> literals = new LinkedHashMap<>();

    public StableText(Sandbox sandbox) {
        literals.put(sandbox.description(), sandbox.engine());
        literals.put(":" + sandbox.password() + "@", ":" + SHOWN_PASSWORD + "@");
        literals.put(":" + sandbox.port() + "/", ":" + SHOWN_PORT + "/");
        literals.put("port \"" + sandbox.port() + "\"", "port \"" + SHOWN_PORT + "\"");
        literals.put("port " + sandbox.port(), "port " + SHOWN_PORT);
    }

    public String apply(String text) {
        String result = text;
        for (Map.Entry<String, String> e : literals.entrySet()) {
            result = result.replace(e.getKey(), e.getValue());
        }
        for (Map.Entry<Pattern, String> e : TIMINGS.entrySet()) {
            result = e.getKey().matcher(result).replaceAll(e.getValue());
        }
        return result;
    }

    /** A writer that passes whole lines (or what is there at a flush) through {@link #apply}. */
    public Writer filter(Writer screen) {
        return new Writer() {
            private final StringBuilder pending = new StringBuilder();

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                pending.append(buffer, offset, length);
                int end = pending.lastIndexOf("\n");
                if (end >= 0) {
                    screen.write(apply(pending.substring(0, end + 1)));
                    pending.delete(0, end + 1);
                }
            }

            @Override
            public void flush() throws IOException {
                if (pending.length() > 0) {
                    screen.write(apply(pending.toString()));
                    pending.setLength(0);
                }
                screen.flush();
            }

            @Override
            public void close() throws IOException {
                flush();
                screen.close();
            }
        };
    }
}

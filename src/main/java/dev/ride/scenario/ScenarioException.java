package dev.ride.scenario;

import java.nio.file.Path;

/**
 * A scenario is broken: its manifest, a setup file, or its setup failing on the server. The
 * message is {@code file:line: reason} (line left out when unknown, file when there is none),
 * the shape editors and terminals turn into a link.
 */
public class ScenarioException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String reason;

    public ScenarioException(Path file, int line, String reason) {
        this(file, line, reason, null);
    }

    public ScenarioException(Path file, int line, String reason, Throwable cause) {
        super(format(file, line, reason), cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The file at fault, or null. */
    public Path file() {
        return file;
    }

    /** 1-based line in {@link #file()}, or 0 when unknown. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    private static String format(Path file, int line, String reason) {
        if (file == null) {
            return reason;
        }
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}

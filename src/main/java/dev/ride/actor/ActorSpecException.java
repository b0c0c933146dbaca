package dev.ride.actor;

import java.nio.file.Path;

/**
 * A bad {@code actors:} definition. The message is {@code file:line: reason}, the shape editors and
 * terminals turn into a link (the scenario loader's own errors have the same shape).
 */
public final class ActorSpecException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String reason;

    public ActorSpecException(Path file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** 1-based. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}

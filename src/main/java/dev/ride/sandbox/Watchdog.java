package dev.ride.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server process tied to this JVM's life. The command runs behind a tiny shell that reads the
 * JVM's pipe on stdin: when the JVM goes away by any means, even {@code kill -9}, the kernel closes
 * the pipe, {@code cat} returns and the shell sends the server SIGQUIT (immediate shutdown).
 * {@code setpriv --pdeathsig} was measured to fire when the starting <em>thread</em> exits, so it
 * is not used. {@code setsid} puts the server in its own session so a Ctrl-C at the terminal
 * (which signals the whole foreground process group) does not shut it down.
 * <p>
 * The shell writes the server's pid to a file: scanning the shell's children was measured to miss
 * a child that is exec'ing through {@code setpriv}, which made a healthy start look failed.
 */
final class Watchdog {

    private static final String SCRIPT =
            "\"$@\" & p=$!; echo $p > \"$RIDE_SERVER_PID\"; cat >/dev/null; kill -QUIT $p; wait $p";

    private final Process shell;
    private final Path pidFile;

    private Watchdog(Process shell, Path pidFile) {
        this.shell = shell;
        this.pidFile = pidFile;
    }

    /** Starts {@code command} behind the watchdog, its output appended to {@code log}, its pid written to {@code pidFile}. */
    static Watchdog start(List<String> command, Path log, Path pidFile) throws IOException {
        Files.deleteIfExists(pidFile);
        List<String> full = new ArrayList<>(List.of("setsid", "sh", "-c", SCRIPT, "sh"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("RIDE_SERVER_PID", pidFile.toString());
        return new Watchdog(builder.start(), pidFile);
    }

    /** False once the watchdog shell itself has exited (it should outlive the server). */
    boolean shellAlive() {
        return shell.isAlive();
    }

    /** The server's pid, once the shell has started it. */
    Optional<Long> serverPid() {
        try {
            String text = Files.readString(pidFile).trim();
            // the shell may be half-way through writing it
            return text.isEmpty() || !text.chars().allMatch(Character::isDigit)
                    ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Closes the pipe (the shell then SIGQUITs the server if it still runs) and waits for the shell. */
    void release(long waitMillis) {
        try {
            shell.getOutputStream().close();
        } catch (IOException e) {
            // already closed: nothing more to signal
        }
        try {
            if (!shell.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
                shell.descendants().forEach(ProcessHandle::destroyForcibly);
                shell.destroyForcibly();
                shell.waitFor(waitMillis, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

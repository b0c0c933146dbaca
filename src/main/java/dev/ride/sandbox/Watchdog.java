package dev.ride.sandbox;

import java.io.IOException;
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
 */
final class Watchdog {

    private static final String SCRIPT = "\"$@\" & p=$!; cat >/dev/null; kill -QUIT $p; wait $p";

    private final Process shell;
    private final String marker;

    private Watchdog(Process shell, String marker) {
        this.shell = shell;
        this.marker = marker;
    }

    /**
     * Starts {@code command} behind the watchdog, its output appended to {@code log}.
     *
     * @param marker a string in the command line (the data directory) that tells the server
     *               apart from the watchdog's {@code cat}
     */
    static Watchdog start(List<String> command, Path log, String marker) throws IOException {
        List<String> full = new ArrayList<>(List.of("setsid", "sh", "-c", SCRIPT, "sh"));
        full.addAll(command);
        Process shell = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new Watchdog(shell, marker);
    }

    /** False once the watchdog shell itself has exited (it should outlive the server). */
    boolean shellAlive() {
        return shell.isAlive();
    }

    /**
     * The server's pid, once the shell has started it. The shell only reaps it after {@code cat}
     * returns, so the pid cannot be reused while the watchdog runs.
     */
    Optional<Long> serverPid() {
        return shell.children()
                .map(ProcessHandle::pid)
                .filter(pid -> Proc.commandLine(pid).contains(marker))
                .findFirst();
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

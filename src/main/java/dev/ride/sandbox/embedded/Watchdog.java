package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * <p>
 * {@link #runJob} ties a command that runs to its end (initdb) to the JVM the same way: if the
 * pipe closes first, the whole process group the shell leads is killed, the job's own children
 * (initdb's bootstrap backend) included. Without it a {@code kill -9} of ride during initdb left
 * initdb and its backend running, and once the next run's reaper removed their directory, a
 * backend was seen hanging for good.
 */
final class Watchdog {

    /**
     * The pipe's end stops the server only while it is still this shell's child (its parent pid,
     * after the last ')' of /proc/PID/stat, is the shell's). A server that ended before, stopped by
     * ride or by a crash drill, has been reaped by the shell, and its pid may since belong to any
     * process: pids wrap at 32768 here, and a gate's replays start thousands of backends. A kill
     * sent blindly was seen ending another sandbox's setup session ("terminating connection due to
     * administrator command", the TERM meant for a PgBouncer that had ended).
     */
    private static final String SCRIPT =
            "\"$@\" & p=$!; echo $p > \"$RIDE_SERVER_PID\"; cat >/dev/null; "
            + "[ \"$(sed -n 's/.*) [A-Za-z] \\([0-9]*\\) .*/\\1/p' /proc/$p/stat 2>/dev/null)\" = \"$$\" ] "
            + "&& kill -$RIDE_STOP_SIGNAL $p; wait $p";

    /**
     * The job in the background, its pid written; a watcher in the background too waits for the
     * pipe to close and then kills the shell's process group (setsid made the shell its leader, so
     * {@code -$$} names it and nothing outside); the shell waits for the job and exits with its
     * status. The pipe reaches the watcher as fd 3: a background command's stdin is /dev/null.
     */
    private static final String JOB_SCRIPT = "exec 3<&0; \"$@\" & p=$!; echo $p > \"$RIDE_SERVER_PID\"; "
            + "{ cat <&3 >/dev/null; kill -KILL -$$; } & exec 3<&-; wait $p";

    private final Process shell;
    private final Path pidFile;

    private Watchdog(Process shell, Path pidFile) {
        this.shell = shell;
        this.pidFile = pidFile;
    }

    /** Starts {@code command} behind the watchdog, its output appended to {@code log}, its pid written to {@code pidFile}. */
    static Watchdog start(List<String> command, Path log, Path pidFile) throws IOException {
        return start(command, log, pidFile, "QUIT");
    }

    /**
     * As {@link #start(List, Path, Path)}, stopping the command with {@code signal} when the pipe
     * closes: QUIT is a PostgreSQL server's immediate shutdown, but PgBouncer does not handle QUIT
     * (it would dump core) and shuts down at once on TERM.
     */
    static Watchdog start(List<String> command, Path log, Path pidFile, String signal) throws IOException {
        Process shell = shell(SCRIPT, command, log, pidFile, signal);
        return new Watchdog(shell, pidFile);
    }

    /**
     * Runs {@code command} to its end, tied to this JVM: its output appended to {@code log}, its pid
     * written to {@code pidFile}. Returns its exit status, or -1 when it ran past {@code timeout}
     * (it and everything it started are then killed). Interrupted, it kills them too.
     */
    static int runJob(List<String> command, Path log, Path pidFile, Duration timeout)
            throws IOException, InterruptedException {
        Process shell = shell(JOB_SCRIPT, command, log, pidFile, "KILL");
        try {
            if (!shell.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                shell.getOutputStream().close(); // the watcher kills the job's process group
                shell.waitFor(5, TimeUnit.SECONDS);
                return -1;
            }
            return shell.exitValue();
        } finally {
            try {
                shell.getOutputStream().close(); // ended or not: the watcher goes too
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private static Process shell(String script, List<String> command, Path log, Path pidFile, String signal)
            throws IOException {
        Files.deleteIfExists(pidFile);
        List<String> full = new ArrayList<>(List.of("setsid", "sh", "-c", script, "sh"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("RIDE_SERVER_PID", pidFile.toString());
        builder.environment().put("RIDE_STOP_SIGNAL", signal);
        return builder.start();
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

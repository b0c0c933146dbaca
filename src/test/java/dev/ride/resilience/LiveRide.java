package dev.ride.resilience;

import dev.ride.e2e.RideProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar running as a child process whose stdin stays open: the test feeds it lines one
 * at a time, as a pipe would, and reads what it printed so far.
 */
final class LiveRide implements AutoCloseable {

    private final Process process;
    private final OutputStream stdin;
    private final StringBuffer stdout = new StringBuffer();
    private final StringBuffer stderr = new StringBuffer();

    private LiveRide(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        pump(process.getInputStream(), stdout, "stdout");
        pump(process.getErrorStream(), stderr, "stderr");
    }

    static LiveRide start(List<String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dride.home=" + RideProcess.projectDir(), "-jar", RideProcess.jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_DATA_HOME", RideProcess.scratchHome().resolve("data").toString());
        pb.environment().put("XDG_STATE_HOME", RideProcess.scratchHome().resolve("state").toString());
        for (String e : env) {
            int eq = e.indexOf('=');
            pb.environment().put(e.substring(0, eq), e.substring(eq + 1));
        }
        return new LiveRide(pb.start());
    }

    private static void pump(InputStream in, StringBuffer into, String name) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException closed) {
                // the process ended
            }
        }, "live-ride-" + name);
        t.setDaemon(true);
        t.start();
    }

    long pid() {
        return process.pid();
    }

    /** Sends one line (a newline is added) and flushes it, as a pipe would deliver it. */
    void send(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    void closeStdin() throws IOException {
        stdin.close();
    }

    String stdout() {
        return stdout.toString();
    }

    String stderr() {
        return stderr.toString();
    }

    /** Waits until stdout contains {@code text}, starting at {@code from}; returns where it ends. */
    int waitForStdout(String text, int from, Duration timeout) throws InterruptedException {
        return waitFor(stdout, "stdout", text, from, timeout);
    }

    int waitForStderr(String text, int from, Duration timeout) throws InterruptedException {
        return waitFor(stderr, "stderr", text, from, timeout);
    }

    private int waitFor(StringBuffer buffer, String name, String text, int from, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            int at = buffer.indexOf(text, from);
            if (at >= 0) {
                return at + text.length();
            }
            if (!process.isAlive() && buffer.indexOf(text, from) < 0) {
                Thread.sleep(200); // let the pump finish reading
                if (buffer.indexOf(text, from) >= 0) {
                    return buffer.indexOf(text, from) + text.length();
                }
                throw new AssertionError("ride ended (exit " + process.exitValue() + ") before printing \"" + text
                        + "\" on " + name + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out after " + timeout + " waiting for \"" + text + "\" on " + name
                + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("pid " + pid() + " survived SIGKILL");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for a normal end; returns the exit code. */
    int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("ride did not end in " + timeout + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
        }
        Thread.sleep(100); // the pumps drain the last bytes
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}

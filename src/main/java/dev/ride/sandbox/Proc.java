package dev.ride.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Linux process facts and signals that {@link ProcessHandle} does not give. */
public final class Proc {

    private Proc() {
    }

    /** The uid this JVM runs as (0: root, when the embedded server drops to another user). */
    public static int currentUid() {
        try {
            return (int) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException e) {
            throw new SandboxException("Cannot tell which user ride runs as: " + e.getMessage(), e);
        }
    }

    /**
     * Alive and not a zombie. A server whose parent shell has not reaped it yet is a zombie, which
     * {@link ProcessHandle#isAlive()} still counts as alive.
     */
    public static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "pid (comm) S ...": comm may hold spaces and parentheses, the state follows the last ')'
            int end = stat.lastIndexOf(')');
            char state = end >= 0 && end + 2 < stat.length() ? stat.charAt(end + 2) : '?';
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    /** The process's arguments joined by spaces, or "" when it is gone or unreadable. */
    public static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** Sends a named signal (INT, QUIT, ...) through kill(1): Java can only send TERM and KILL. */
    public static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new SandboxException("Cannot run kill(1) to stop process " + pid + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits up to {@code millis} for {@code pid} to stop running; true when it has. */
    public static boolean awaitExit(long pid, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (isRunning(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning(pid);
            }
        }
        return true;
    }

    /**
     * Stops a postmaster: SIGINT (fast shutdown: disconnects clients, no waiting for them), then
     * SIGKILL if it is still there after {@code graceMillis}, to its children too. Nothing is sent unless the process's command line
     * names {@code dataDir}: a server that died long ago may have handed its pid to someone else.
     */
    public static void stopPostmaster(long pid, String dataDir, long graceMillis) {
        if (!isRunning(pid) || !commandLine(pid).contains(dataDir)) {
            return;
        }
        signal(pid, "INT");
        if (!awaitExit(pid, graceMillis)) {
            // taken before the kill: once the postmaster is gone its children belong to init
            java.util.List<ProcessHandle> children = ProcessHandle.of(pid)
                    .map(p -> p.children().toList()).orElse(java.util.List.of());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            awaitExit(pid, graceMillis);
            // a child asleep when its parent died (an autovacuum launcher at its start) was seen
            // alive, orphaned, 17 minutes later: it goes with the postmaster
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Kills a process and everything it started (SIGKILL), and waits for it to go. */
    public static void killTree(long pid) {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
        awaitExit(pid, 5000);
    }
}

package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import dev.ride.sandbox.Proc;
import dev.ride.sandbox.ServerLogSettings;
import dev.ride.sandbox.Tree;

/**
 * The on-disk home of one embedded sandbox: {@code <tmp>/ride-sandbox-<owner pid>-<random>/} with
 * the marker, {@code data/} (the cluster), {@code sock/} (the Unix socket), {@code server.log} and
 * {@code server.pid}.
 * The recognizable name is how leftovers of killed runs are found.
 */
record SandboxDir(Path path) {

    static final String PREFIX = "ride-sandbox-";

    /**
     * Where sandbox directories live: {@code /dev/shm} when it is a writable directory (tmpfs: copying
     * a prepared cluster and {@code CREATE DATABASE ... TEMPLATE} were measured several times
     * faster than on a loaded disk), else the JVM's temp dir.
     */
    static Path parent() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * A fresh directory for this JVM; traversable (not listable) by the server user. The name is
     * kept short because the Unix socket path inside it may not exceed 107 bytes.
     */
    static SandboxDir create(Path parent) throws IOException {
        while (true) {
            // not a secret: createDirectory fails on a name that exists, and then we draw again
            String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36);
            Path dir = parent.resolve(PREFIX + ProcessHandle.current().pid() + "-" + suffix);
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
            return new SandboxDir(dir);
        }
    }

    /** Every sandbox directory under {@code parent}, live or not. */
    static List<SandboxDir> all(Path parent) {
        List<SandboxDir> dirs = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path p : stream) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    dirs.add(new SandboxDir(p));
                }
            }
        } catch (IOException e) {
            // an unreadable temp dir just means nothing to list or reap
        }
        dirs.sort((a, b) -> a.path.compareTo(b.path));
        return dirs;
    }

    String id() {
        return path.getFileName().toString().substring(PREFIX.length());
    }

    Path data() {
        return path.resolve("data");
    }

    Path socketDir() {
        return path.resolve("sock");
    }

    Path log() {
        return path.resolve("server.log");
    }

    /** Written by the {@link Watchdog} shell: the server's pid, known before postmaster.pid exists. */
    Path serverPidFile() {
        return path.resolve("server.pid");
    }

    Path passwordFile() {
        return path.resolve("pwfile");
    }

    Optional<SandboxMarker> marker() {
        return SandboxMarker.read(path);
    }

    /** The owner's pid from the marker, or from the name while the marker is not written yet. */
    long ownerPid() {
        return marker().map(SandboxMarker::ownerPid).orElseGet(() -> {
            String rest = id();
            int dash = rest.indexOf('-');
            try {
                return Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            } catch (NumberFormatException e) {
                return -1L;
            }
        });
    }

    boolean ownerAlive() {
        Optional<SandboxMarker> marker = marker();
        if (marker.isPresent()) {
            return marker.get().ownerAlive();
        }
        long pid = ownerPid();
        return pid > 0 && Proc.isRunning(pid);
    }

    /** Lines of {@code data/postmaster.pid}: pid, data dir, start time, port, socket dir, listen address, shm key, status. */
    private List<String> postmasterPidFile() {
        try {
            return Files.readAllLines(data().resolve("postmaster.pid"));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** True once the server wrote "ready" as the status line of postmaster.pid. */
    boolean ready() {
        List<String> lines = postmasterPidFile();
        return lines.size() >= 8 && lines.get(lines.size() - 1).trim().equals("ready");
    }

    /**
     * The running postmaster of this directory, if any. The pid is only trusted when that process's
     * command line names this data directory: after a reboot or a crash the pid may belong to anyone.
     */
    Optional<Long> runningPostmaster() {
        List<String> lines = postmasterPidFile();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            return Proc.isRunning(pid) && Proc.commandLine(pid).contains(data().toString())
                    ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Deletes the cluster's directory (the server must be stopped), so a new one can be copied in. */
    void destroyData() throws IOException {
        Tree.delete(data());
    }

    /**
     * Stops whatever server still runs from here, then deletes the directory. A start given up by
     * interrupting its thread ({@code BackgroundStart} on a broken manifest) cleans up here too: the
     * interrupt is set aside meanwhile, or each wait for the server's exit would return at once and
     * the delete would race the last files of a server still going down (a gate once found the
     * directory left, with nothing running in it). A file that appears during the delete gets one
     * more pass.
     */
    void destroy() throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            runningPostmaster().ifPresent(pid -> Proc.stopPostmaster(pid, data().toString(), 5000));
            runningJob().ifPresent(Proc::killTree);
            try {
                Tree.delete(path);
            } catch (java.nio.file.DirectoryNotEmptyException lateFile) {
                interrupted |= pause(50);
                Tree.delete(path);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sleeps; true when interrupted meanwhile (the caller restores the flag when it is done). */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }

    /**
     * What the {@link Watchdog} last started from here, if it still runs: initdb, when both ride
     * and its watchdog were killed while it ran (its files must not be pulled from under it); or a
     * pooler's PgBouncer, whose configuration lives in {@code data/}.
     */
    Optional<Long> runningJob() {
        try {
            long pid = Long.parseLong(Files.readString(serverPidFile()).trim());
            return Proc.isRunning(pid) && Proc.commandLine(pid).contains(data().toString())
                    ? Optional.of(pid) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The server log the logging collector writes, once it runs ({@link ServerLogSettings}). */
    Path collectorLog() {
        return data().resolve(ServerLogSettings.DIRECTORY).resolve(ServerLogSettings.FILE_NAME);
    }

    /**
     * The last {@code n} lines of the server's output, for error messages: {@code server.log}
     * (initdb, and what the server says before its logging collector starts: a bad setting, a port
     * taken), then the collector's file (a failure later in the start-up, e.g. a damaged copy).
     */
    String logTail(int n) {
        String both = java.util.stream.Stream.of(tail(log(), n), tail(collectorLog(), n))
                .flatMap(Optional::stream).collect(java.util.stream.Collectors.joining("\n"));
        return both.isEmpty() ? "(no server log)" : both;
    }

    /** The last {@code n} lines of the server's own log file (the logging collector's), or a note in parentheses. */
    String collectorLogTail(int n) {
        if (!Files.exists(collectorLog())) {
            return "(" + ServerLogSettings.DIRECTORY + "/" + ServerLogSettings.FILE_NAME + " does not exist)";
        }
        return tail(collectorLog(), n).orElse("(" + ServerLogSettings.DIRECTORY + "/" + ServerLogSettings.FILE_NAME + " is empty)");
    }

    private static Optional<String> tail(Path file, int n) {
        try {
            // decoded leniently: a log tail with one bad byte is still worth showing
            List<String> lines = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            return lines.isEmpty() ? Optional.empty()
                    : Optional.of(String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

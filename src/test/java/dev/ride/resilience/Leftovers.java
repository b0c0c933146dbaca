package dev.ride.resilience;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What ride runs leave on the machine, scoped to the runs a test started (other work on a shared
 * machine may have sandboxes of its own): sandbox directories named after an owner pid, server
 * processes started from them, and containers labelled with an owner pid.
 */
final class Leftovers {

    /** Where embedded sandboxes live: /dev/shm when writable, else the temp dir; both are searched. */
    static final List<Path> PARENTS = List.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")));

    private Leftovers() {
    }

    /** The embedded sandbox directories of a ride JVM: {@code <parent>/ride-sandbox-<pid>-*}. */
    static List<Path> sandboxDirs(long ownerPid) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (Path parent : PARENTS) {
            if (!Files.isDirectory(parent)) {
                continue;
            }
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(parent, "ride-sandbox-" + ownerPid + "-*")) {
                stream.forEach(dirs::add);
            }
        }
        return dirs;
    }

    static List<Path> sandboxDirs(Collection<Long> ownerPids) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (long pid : ownerPids) {
            dirs.addAll(sandboxDirs(pid));
        }
        return dirs;
    }

    /** The postmaster's pid, from the data directory's postmaster.pid somewhere under a sandbox dir. */
    static long postmasterPid(Path sandboxDir) throws IOException {
        try (var files = Files.walk(sandboxDir, 3)) {
            Path pidFile = files.filter(p -> p.getFileName().toString().equals("postmaster.pid")).findFirst()
                    .orElseThrow(() -> new IOException("no postmaster.pid under " + sandboxDir));
            return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        }
    }

    /** True when the data directory's postmaster.pid says "ready" (PostgreSQL's PM_STATUS line). */
    static boolean serverReady(Path sandboxDir) {
        try (var files = Files.walk(sandboxDir, 3)) {
            Path pidFile = files.filter(p -> p.getFileName().toString().equals("postmaster.pid")).findFirst().orElse(null);
            if (pidFile == null) {
                return false;
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.size() >= 8 && lines.get(7).trim().equals("ready");
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // being created or removed
        }
    }

    /** Every live process whose command line mentions one of the given sandbox directory names. */
    static List<String> processesMentioning(Collection<String> dirNames) throws IOException {
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                String cmdline;
                try {
                    cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                } catch (IOException gone) {
                    continue;
                }
                for (String name : dirNames) {
                    if (cmdline.contains(name)) {
                        found.add(proc.getFileName() + ": " + cmdline.strip());
                    }
                }
            }
        }
        return found;
    }

    /**
     * Every live process working in a sandbox directory of {@code ownerPid}, even one since removed.
     * A server's children inherit the postmaster's working directory, its data directory, while
     * their command lines name only their job ("postgres: autovacuum launcher"): an orphan of a
     * killed postmaster is found here and nowhere else.
     */
    static List<String> processesWorkingIn(long ownerPid) throws IOException {
        String marker = "ride-sandbox-" + ownerPid + "-";
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try {
                    String cwd = Files.readSymbolicLink(proc.resolve("cwd")).toString();
                    if (cwd.contains(marker)) {
                        String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                        found.add(proc.getFileName() + " in " + cwd + ": " + cmdline.replace('\0', ' ').strip());
                    }
                } catch (IOException gone) {
                    // ended meanwhile, or not ours to read
                }
            }
        }
        return found;
    }

    /** True when {@code pid} is a live postgres process (a dead pid may have been reused by something else). */
    static boolean isLivePostgres(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .flatMap(h -> h.info().command()).map(c -> c.contains("postgres")).orElse(false);
    }

    /** Containers labelled as ride sandboxes owned by one of {@code ownerPids}, as "id owner-pid". */
    static List<String> containers(Collection<Long> ownerPids) throws IOException, InterruptedException {
        return containers("docker", ownerPids);
    }

    /** As {@link #containers(Collection)}, asking {@code cli} ("docker" or "podman", whose CLIs agree here). */
    static List<String> containers(String cli, Collection<Long> ownerPids) throws IOException, InterruptedException {
        // the one place their CLIs differ here: Docker's ps has .Label, Podman's a map of .Labels
        String owner = cli.equals("podman") ? "{{index .Labels \"dev.ride.owner-pid\"}}" : "{{.Label \"dev.ride.owner-pid\"}}";
        String out = cli(cli, "ps", "-a", "--filter", "label=dev.ride=1", "--format", "{{.ID}} " + owner);
        List<String> mine = new ArrayList<>();
        for (String line : out.lines().toList()) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2 && ownerPids.contains(Long.parseLong(parts[1]))) {
                mine.add(line.trim());
            }
        }
        return mine;
    }

    /** Runs the docker CLI; fails on a non-zero exit. */
    static String docker(String... args) throws IOException, InterruptedException {
        return cli("docker", args);
    }

    /** Runs {@code cli} (docker or podman); fails on a non-zero exit. */
    static String cli(String cli, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(cli);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(cli + " " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }
}

package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.Proc;

/**
 * A job that runs to its end (initdb) behind the watchdog: its status comes back, and whatever way
 * it is cut short (a timeout, ride killed with {@code kill -9}, ride and its watchdog both killed
 * and the next run's reaper) nothing it started goes on running.
 */
@Timeout(60)
class WatchdogJobTest {

    @TempDir
    Path dir;

    @Test
    void theJobsStatusAndOutputComeBack() throws Exception {
        int status = Watchdog.runJob(List.of("sh", "-c", "echo made it; exit 3"), dir.resolve("log"),
                dir.resolve("pid"), Duration.ofSeconds(20));
        assertThat(status).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("log"))).isEqualTo("made it\n");
        assertThat(Files.readString(dir.resolve("pid")).trim()).matches("[0-9]+");
    }

    @Test
    void aJobPastItsTimeoutIsKilledWithWhatItStarted() throws Exception {
        Path grandchild = dir.resolve("grandchild");
        int status = Watchdog.runJob(List.of("sh", "-c", "sleep 600 & echo $! > " + grandchild + "; wait"),
                dir.resolve("log"), dir.resolve("pid"), Duration.ofMillis(500));
        assertThat(status).isEqualTo(-1);
        assertThat(Proc.awaitExit(pid(dir.resolve("pid")), 5000)).as("the job").isTrue();
        assertThat(Proc.awaitExit(pid(grandchild), 5000)).as("what the job started").isTrue();
    }

    @Test
    void killingTheJvmKillsTheJobAndWhatItStarted() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                JobHolder.class.getName(), dir.toString())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        try {
            String line;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
                    // skip anything else
                }
            }
            assertThat(line).as("the child started its job; stderr: %s", Files.readString(dir.resolve("child.err")))
                    .isNotNull();
            String[] pids = line.split(" ");
            long job = Long.parseLong(pids[1]);
            long grandchild = Long.parseLong(pids[2]);
            assertThat(Proc.isRunning(job)).isTrue();

            child.destroyForcibly(); // SIGKILL: only the closed pipe tells
            child.waitFor(10, TimeUnit.SECONDS);

            assertThat(Proc.awaitExit(job, 10_000)).as("the job").isTrue();
            assertThat(Proc.awaitExit(grandchild, 10_000)).as("what the job started").isTrue();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void theReaperStopsAJobLeftRunningInADeadRunsDirectory() throws Exception {
        // a run and its watchdog both gone while initdb ran: the job still runs from the directory
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path sandbox = Files.createDirectories(dir.resolve(SandboxDir.PREFIX + gone.pid() + "-x"));
        Path data = Files.createDirectories(sandbox.resolve("data"));
        Process job = new ProcessBuilder("sh", "-c", "sleep 600 & wait # " + data).start();
        long sleeper = firstChild(job.toHandle());
        Files.writeString(sandbox.resolve("server.pid"), job.pid() + "\n");

        assertThat(new LeftoverReaper(dir).reap()).containsExactly(sandbox);

        assertThat(Proc.awaitExit(job.pid(), 5000)).as("the job").isTrue();
        assertThat(Proc.awaitExit(sleeper, 5000)).as("what it started").isTrue();
        assertThat(sandbox).doesNotExist();
    }

    private static long firstChild(ProcessHandle parent) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            var child = parent.children().findFirst();
            if (child.isPresent()) {
                return child.get().pid();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the job started nothing");
    }

    private static long pid(Path file) throws Exception {
        return Long.parseLong(Files.readString(file).trim());
    }
}

package dev.ride.sandbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.Proc;

/**
 * A server behind the watchdog (here a stand-in process): when ride lets go, a server that still
 * runs is stopped with the watchdog's signal; a server that ended before is not signalled at all,
 * since its pid may by then belong to another process.
 */
@Timeout(60)
class WatchdogServerTest {

    @TempDir
    Path dir;

    @Test
    void aServerThatStillRunsIsStoppedWhenRideLetsGo() throws Exception {
        Watchdog watchdog = Watchdog.start(List.of("sleep", "60"), dir.resolve("log"), dir.resolve("pid"), "TERM");
        long pid = awaitPid(watchdog);
        assertThat(Proc.isRunning(pid)).isTrue();

        watchdog.release(10_000);

        assertThat(Proc.awaitExit(pid, 10_000)).as("the server got the stop signal").isTrue();
        assertThat(watchdog.shellAlive()).isFalse();
    }

    @Test
    void aServerThatEndedByItselfGetsNoSignalWhenRideLetsGo() throws Exception {
        Watchdog watchdog = Watchdog.start(List.of("sh", "-c", "exit 0"), dir.resolve("log"), dir.resolve("pid"), "TERM");
        long pid = awaitPid(watchdog);
        assertThat(Proc.awaitExit(pid, 10_000)).isTrue();

        watchdog.release(10_000);

        assertThat(watchdog.shellAlive()).isFalse();
        // kill(1) on a pid that is gone says "No such process"; the guard sent nothing at all
        assertThat(Files.readString(dir.resolve("log"))).doesNotContain("kill");
    }

    private static long awaitPid(Watchdog watchdog) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            var pid = watchdog.serverPid();
            if (pid.isPresent()) {
                return pid.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the watchdog never wrote the server's pid");
    }
}

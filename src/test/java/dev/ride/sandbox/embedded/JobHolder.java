package dev.ride.sandbox.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Run in a child JVM by {@link WatchdogJobTest}: runs a job behind {@link Watchdog#runJob} (a
 * shell that starts a grandchild and waits), prints "READY jobPid grandchildPid" once both run,
 * and waits to be killed.
 */
public final class JobHolder {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path pidFile = dir.resolve("job.pid");
        Path grandchild = dir.resolve("grandchild.pid");
        Thread job = new Thread(() -> {
            try {
                Watchdog.runJob(List.of("sh", "-c", "sleep 600 & echo $! > " + grandchild + "; wait"),
                        dir.resolve("job.log"), pidFile, Duration.ofMinutes(10));
            } catch (Exception e) {
                e.printStackTrace();
            }
        });
        job.setDaemon(true);
        job.start();
        while (!Files.exists(pidFile) || !Files.exists(grandchild)
                || Files.readString(pidFile).isBlank() || Files.readString(grandchild).isBlank()) {
            Thread.sleep(10);
        }
        System.out.println("READY " + Files.readString(pidFile).trim() + " " + Files.readString(grandchild).trim());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

package dev.ride.sandbox.docker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * How long this process has been running, for the first line of a start's trace. On Linux both
 * ends are read on the kernel's boot clock: the process's start in clock ticks since boot
 * ({@code /proc/self/stat}) and the time since boot now ({@code /proc/uptime}), 10 ms each.
 * {@link ProcessHandle.Info#startInstant()} is not used there: it adds those ticks to the boot
 * time of {@code /proc/stat}, which is rounded down to the second, so its age of a process is too
 * long by a fraction of a second that stays the same until the next boot (0.99 s on the machine
 * that measured issue 16's Docker start, where it made the time before the engine look like 1.3 s).
 */
final class ProcessAge {

    /** USER_HZ: the unit of /proc's clock ticks, 100 on every Linux architecture ride runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessAge() {
    }

    /** The process's age, or empty when neither /proc nor the JDK can tell. */
    static OptionalLong nanos() {
        try {
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII)
                    .split(" ")[0]);
            long startTicks = startTicks(Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII));
            return OptionalLong.of(Math.round(uptime * 1e9) - startTicks * (1_000_000_000L / TICKS_PER_SECOND));
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant()
                    .map(started -> OptionalLong.of(Duration.between(started, Instant.now()).toNanos()))
                    .orElse(OptionalLong.empty());
        }
    }

    /**
     * Field 22 of a {@code /proc/PID/stat} line, the start in clock ticks since boot; counted after
     * the command's name, which is in parentheses and may hold spaces and parentheses itself.
     */
    static long startTicks(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(after[22 - 3]);
    }
}
